package org.telebarometer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.graphql.Batches;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.series.Series;

/**
 * The discrepancy report: every pair of figures that disagree, series by series.
 */
@ApplicationScoped
public class DiscrepancyService {

    static final Comparator<Discrepancy> ORDER = Comparator
            .comparing((Discrepancy d) -> d.first().period.start())
            .thenComparing(d -> d.first().seriesKey)
            .thenComparing(d -> d.first().id)
            .thenComparing(d -> d.second().id);

    private final ObservationService observations;

    public DiscrepancyService(ObservationService observations) {
        this.observations = observations;
    }

    /** The discrepancies among the selected observations, by start of the first figure, then series. */
    public List<Discrepancy> find(ObservationCriteria criteria, double minRelativeGap) {
        Set<String> candidates = observations.seriesWithOverlaps(criteria);
        if (!criteria.seriesKeys().isEmpty()) {
            candidates.retainAll(criteria.seriesKeys());
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<Observation>> bySeries = observations.list(criteria.series(candidates)).stream()
                .collect(Collectors.groupingBy(o -> o.seriesKey, LinkedHashMap::new, Collectors.toList()));
        Map<String, Aggregation> aggregations = aggregations(List.copyOf(bySeries.keySet()));
        List<Discrepancy> found = new ArrayList<>();
        bySeries.forEach((key, figures) -> found.addAll(
                DiscrepancyFinder.find(figures, aggregations.get(key), minRelativeGap)));
        found.sort(ORDER);
        return found;
    }

    private static Map<String, Aggregation> aggregations(List<String> seriesKeys) {
        List<Series> series = Batches.resolve(seriesKeys, key -> key, Series.class);
        List<Metric> metrics = Batches.resolve(series, s -> s.metricCode, Metric.class);
        Map<String, Aggregation> byKey = new LinkedHashMap<>();
        for (int i = 0; i < seriesKeys.size(); i++) {
            byKey.put(seriesKeys.get(i), metrics.get(i).aggregation);
        }
        return byKey;
    }
}
