package org.telebarometer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.telebarometer.metric.Aggregation;
import org.telebarometer.observation.Observation;

/**
 * Finds the pairs of figures of one series that disagree: comparable periods, different publications, values that
 * their qualifiers do not let meet.
 */
final class DiscrepancyFinder {

    static final Comparator<Observation> BY_START = Comparator.comparing((Observation o) -> o.period.start())
            .thenComparing(o -> o.id);

    private DiscrepancyFinder() {
    }

    /**
     * @param series      the observations of one series
     * @param aggregation the metric's aggregation, which says which periods are comparable
     */
    static List<Discrepancy> find(List<Observation> series, Aggregation aggregation, double minRelativeGap) {
        List<Observation> sorted = series.stream().sorted(BY_START).toList();
        List<Discrepancy> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Observation first = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && !sorted.get(j).period.start().isAfter(first.period.end()); j++) {
                Observation second = sorted.get(j);
                if (disagree(first, second, aggregation)) {
                    Gap gap = Gap.between(first, second);
                    if (gap.relative() >= minRelativeGap) {
                        found.add(new Discrepancy(first, second, gap.absolute(), gap.relative(),
                                Math.toIntExact(ComparablePeriods.overlapDays(first.period, second.period))));
                    }
                }
            }
        }
        return found;
    }

    static boolean disagree(Observation first, Observation second, Aggregation aggregation) {
        return !first.publicationId.equals(second.publicationId)
                && ComparablePeriods.comparable(first.period, second.period, aggregation)
                && Gap.between(first, second).isIncompatible();
    }
}
