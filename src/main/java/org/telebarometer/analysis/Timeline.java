package org.telebarometer.analysis;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.language.Translated;
import org.telebarometer.metric.Aggregation;
import org.telebarometer.metric.Metric;

@Type("Timeline")
@Description("A series bucketed by week, month, quarter or year: one point per bucket, from the first bucket of the "
        + "range to the last, empty ones included.")
public record Timeline(
        @NonNull @Description("Key of the series, METRIC.SPECIALTY.GEOGRAPHY.") String seriesKey,
        @NonNull @Description("What is measured.") Metric metric,
        @NonNull @Description("Size of the buckets.") TimelineGranularity granularity,
        @NonNull @Description("What each point's value shows.") Transform transform,
        @NonNull @Description("How figures combine into a bucket, from the metric.") Aggregation aggregation,
        @NonNull @Description("The aggregation rule in words, and what conflict means, in the request's language.")
        @Translated(french = "ruleFr") String rule,
        @Ignore String ruleFr,
        @NonNull @Description("One point per bucket, in time order.") List<@NonNull TimelinePoint> points) {
}
