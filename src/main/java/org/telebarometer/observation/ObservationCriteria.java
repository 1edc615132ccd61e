package org.telebarometer.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.telebarometer.period.DateRange;

/**
 * A checked selection of observations: known codes only, specialties already expanded to their descendants when
 * asked. An empty set does not filter; every range in {@code overlapping} must overlap the observation's period.
 */
public record ObservationCriteria(Set<String> metrics, Set<String> specialties, Set<String> geographies,
        Set<String> seriesKeys, Set<String> sources, Set<String> publishers, Set<String> publications,
        List<DateRange> overlapping, Set<Qualifier> qualifiers) {

    public ObservationCriteria {
        overlapping = overlapping.stream().filter(range -> !range.isUnbounded()).toList();
    }

    public static ObservationCriteria all() {
        return new ObservationCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(),
                Set.of());
    }

    public ObservationCriteria overlapping(DateRange range) {
        List<DateRange> ranges = new ArrayList<>(overlapping);
        ranges.add(range);
        return new ObservationCriteria(metrics, specialties, geographies, seriesKeys, sources, publishers, publications,
                ranges, qualifiers);
    }
}
