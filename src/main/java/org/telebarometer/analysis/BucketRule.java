package org.telebarometer.analysis;

import java.util.List;
import java.util.Objects;

import org.telebarometer.metric.Aggregation;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.Period;

/**
 * How the observations of one series that touch a bucket make the bucket's point. Each metric's aggregation picks
 * the rule; {@link #description()} is the rule as documented to clients.
 */
interface BucketRule {

    /**
     * @param bucket      the bucket
     * @param overlapping the series' observations whose period overlaps the bucket, in order of period start
     */
    BucketSummary summarize(Period bucket, List<Observation> overlapping);

    String description();

    /** {@link #description()} in French. */
    String descriptionFr();

    static BucketRule of(Aggregation aggregation) {
        return aggregation == Aggregation.SUM ? new SumRule() : new MeanRule();
    }

    /** An EXACT, APPROXIMATE or RANGE figure: a value, not a bound. */
    static boolean isValue(Observation observation) {
        return observation.qualifier != Qualifier.AT_LEAST && observation.qualifier != Qualifier.AT_MOST;
    }

    static Double tightestLowerBound(List<Observation> observations) {
        return observations.stream().filter(o -> o.qualifier == Qualifier.AT_LEAST).map(o -> o.value)
                .max(Double::compare).orElse(null);
    }

    static Double tightestUpperBound(List<Observation> observations) {
        return observations.stream().filter(o -> o.qualifier == Qualifier.AT_MOST).map(o -> o.value)
                .min(Double::compare).orElse(null);
    }

    static boolean samePeriod(Period first, Period second) {
        return Objects.equals(first.start(), second.start()) && Objects.equals(first.end(), second.end());
    }
}
