package org.telebarometer.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.period.Period;

/**
 * Builds timelines: buckets a series' figures by the metric's rule, then applies the transform.
 */
@ApplicationScoped
public class TimelineService {

    static final String CONFLICT_RULE = " A point's conflict is true when two figures used, from different "
            + "publications and for comparable periods, cannot both be right given their qualifiers (APPROXIMATE allows "
            + ValueInterval.APPROXIMATE_TOLERANCE_PERCENT + " % either way).";
    static final String CONFLICT_RULE_FR = " Le conflit d'un point est vrai quand deux chiffres utilisés, de publications "
            + "différentes et pour des périodes comparables, ne peuvent pas être justes tous les deux compte tenu de leurs "
            + "qualificatifs (APPROXIMATE admet " + ValueInterval.APPROXIMATE_TOLERANCE_PERCENT + " % de part et d'autre).";

    private final ObservationService observations;
    private final int maxBuckets;

    public TimelineService(ObservationService observations, TelebarometerConfig config) {
        this.observations = observations;
        this.maxBuckets = config.analysis().maxBuckets();
    }

    Timeline timeline(TimelineRequest request) {
        ObservationCriteria criteria = ObservationCriteria.all().series(Set.of(request.series().toString()))
                .sources(request.sources()).asOf(request.asOf());
        List<Observation> figures = observations.list(criteria);
        Aggregation aggregation = request.metric().aggregation;
        BucketRule rule = BucketRule.of(aggregation);
        List<TimelinePoint> points = points(request, figures, rule, aggregation);
        return new Timeline(request.series().toString(), request.metric(), request.granularity(), request.transform(),
                aggregation, rule.description() + CONFLICT_RULE, rule.descriptionFr() + CONFLICT_RULE_FR, points);
    }

    private List<TimelinePoint> points(TimelineRequest request, List<Observation> figures, BucketRule rule,
            Aggregation aggregation) {
        LocalDate from = request.from() != null ? request.from()
                : figures.stream().map(o -> o.period.start()).min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = request.to() != null ? request.to()
                : figures.stream().map(o -> o.period.end()).max(Comparator.naturalOrder()).orElse(null);
        if (from == null || to == null || from.isAfter(to)) {
            return List.of();
        }
        TimelineGranularity granularity = request.granularity();
        int lookback = request.transform().lookback(granularity);
        List<Period> buckets = buckets(granularity.shift(granularity.bucketOf(from), -lookback), granularity.bucketOf(to),
                granularity);
        List<BucketSummary> summaries = buckets.stream().map(bucket -> rule.summarize(bucket, overlapping(figures, bucket)))
                .toList();
        List<TimelinePoint> points = new ArrayList<>();
        for (int i = lookback; i < buckets.size(); i++) {
            BucketSummary summary = summaries.get(i);
            Double value = request.transform().apply(summary.level(), lookback == 0 ? null : summaries.get(i - lookback).level());
            points.add(point(buckets.get(i), value, summary, aggregation));
        }
        return points;
    }

    private List<Period> buckets(Period first, Period last, TimelineGranularity granularity) {
        List<Period> buckets = new ArrayList<>();
        for (Period bucket = first; !bucket.start().isAfter(last.start()); bucket = granularity.shift(bucket, 1)) {
            if (buckets.size() == maxBuckets) {
                throw new ApiException(ErrorCode.TIMELINE_TOO_LONG, "The timeline would have more than " + maxBuckets
                        + " points: shorten the range or use larger buckets.");
            }
            buckets.add(bucket);
        }
        return buckets;
    }

    private static List<Observation> overlapping(List<Observation> figures, Period bucket) {
        return figures.stream().filter(o -> o.period.overlaps(bucket.start(), bucket.end())).toList();
    }

    private static TimelinePoint point(Period bucket, Double value, BucketSummary summary, Aggregation aggregation) {
        List<Observation> used = summary.used();
        Set<String> conflicting = new LinkedHashSet<>();
        for (int i = 0; i < used.size(); i++) {
            for (int j = i + 1; j < used.size(); j++) {
                if (DiscrepancyFinder.disagree(used.get(i), used.get(j), aggregation)) {
                    conflicting.add(used.get(i).id);
                    conflicting.add(used.get(j).id);
                }
            }
        }
        return new TimelinePoint(bucket, value, summary.level(), summary.min(), summary.max(), summary.lowerBound(),
                summary.upperBound(), used.size(), used.stream().map(o -> o.id).toList(), used,
                used.stream().map(o -> o.value).toList(), !conflicting.isEmpty(), List.copyOf(conflicting));
    }
}
