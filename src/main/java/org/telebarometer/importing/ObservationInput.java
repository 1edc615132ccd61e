package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.telebarometer.observation.Qualifier;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One figure of a publication to import, raw: {@link PublicationValidator} checks it.
 */
@RegisterForReflection
@Input("ObservationInput")
@Description("One figure of a publication.")
public record ObservationInput(
        @Description("Series key METRIC.SPECIALTY.GEOGRAPHY, e.g. TELECONSULTATIONS.ALL.FR.") String series,
        @Description("ISO period: 2020-W13, 2020-03, 2020-Q2, 2020, 2020-03-28, or start/end.") String period,
        @Description("The value; may be omitted for a RANGE, whose midpoint is then taken.") Double value,
        @Description("Lower bound of a RANGE.") Double low,
        @Description("Upper bound of a RANGE.") Double high,
        @Description("How the wording qualifies the value.") Qualifier qualifier,
        @Description("Code of the organisation that produced the figure.") String source,
        @Description("The sentence the figure was read from, verbatim.") String quote,
        @Description("How the wording was read, where it needed interpretation.") String note) {
}
