package org.telebarometer.observation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.telebarometer.period.DateRange;

/**
 * A checked selection of observations: known codes only, specialties already expanded to their descendants when
 * asked. An empty set does not filter; every range in {@code overlapping} must overlap the observation's period;
 * {@code asOf}, when set, keeps the figures of publications published on or before that day.
 */
public record ObservationCriteria(Set<String> metrics, Set<String> specialties, Set<String> geographies,
        Set<String> populations, Set<String> seriesKeys, Set<String> sources, Set<String> publishers,
        Set<String> publications, List<DateRange> overlapping, Set<Qualifier> qualifiers, LocalDate asOf) {

    public ObservationCriteria {
        overlapping = overlapping.stream().filter(range -> !range.isUnbounded()).toList();
    }

    public static ObservationCriteria all() {
        return new ObservationCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                List.of(), Set.of(), null);
    }

    /** The same selection, restricted to these series (none: no restriction). */
    public ObservationCriteria series(Set<String> keys) {
        return new ObservationCriteria(metrics, specialties, geographies, populations, Set.copyOf(keys), sources,
                publishers, publications, overlapping, qualifiers, asOf);
    }

    /** The same selection, restricted to figures produced by these organisations (none: no restriction). */
    public ObservationCriteria sources(Set<String> codes) {
        return new ObservationCriteria(metrics, specialties, geographies, populations, seriesKeys, Set.copyOf(codes),
                publishers, publications, overlapping, qualifiers, asOf);
    }

    /** The same selection, of what was published on or before {@code day} (null: of everything). */
    public ObservationCriteria asOf(LocalDate day) {
        return new ObservationCriteria(metrics, specialties, geographies, populations, seriesKeys, sources, publishers,
                publications, overlapping, qualifiers, day);
    }
}
