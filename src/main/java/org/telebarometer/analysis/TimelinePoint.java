package org.telebarometer.analysis;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.telebarometer.observation.Observation;
import org.telebarometer.period.Period;

@Type("TimelinePoint")
@Description("One bucket of a timeline. A bucket without figures is present with a null value, so that a chart shows "
        + "the gap.")
public record TimelinePoint(
        @NonNull @Description("The bucket.") Period period,
        @Description("The level after the timeline's transform; null when the figures give no level (or, for a change, "
                + "when a level it needs is unknown).") Double value,
        @Description("The aggregated level before any transform, by the timeline's rule; null when unknown.") Double level,
        @Description("The smallest value used.") Double min,
        @Description("The largest value used.") Double max,
        @Description("The tightest AT_LEAST figure used: the level is known to be at least this.") Double lowerBound,
        @Description("The tightest AT_MOST figure used: the level is known to be at most this.") Double upperBound,
        @Description("Number of observations used.") int observationCount,
        @NonNull @Description("Ids of the observations used.") @Id List<@NonNull String> observationIds,
        @NonNull @Description("The observations used, with their qualifiers, sources and quotes.") List<@NonNull Observation> observations,
        @NonNull @Description("The values of the observations used, in the order of `observations`.") List<@NonNull Double> values,
        @Description("True when sources disagree in this bucket: two figures used, from different publications and for "
                + "comparable periods, cannot both be right given their qualifiers.") boolean conflict,
        @NonNull @Description("Ids of the observations that take part in a disagreement.") @Id List<@NonNull String> conflictingObservationIds) {
}
