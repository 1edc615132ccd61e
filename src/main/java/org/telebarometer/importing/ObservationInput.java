package org.telebarometer.importing;

import org.telebarometer.observation.Qualifier;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One figure of a publication as written in a dataset file: raw text, checked by {@link PublicationValidator}.
 *
 * @param series  series key METRIC.SPECIALTY.GEOGRAPHY
 * @param period  ISO period text (2020-W13, 2020-03, 2020-03-23/2020-03-29...)
 * @param value   the value; may be omitted for a RANGE (the midpoint is taken)
 * @param low     lower bound of a RANGE
 * @param high    upper bound of a RANGE
 * @param source  code of the organisation that produced the figure
 * @param quote   the sentence the figure was read from, verbatim
 * @param note    how the wording was interpreted, when it was
 */
@RegisterForReflection
public record ObservationInput(String series, String period, Double value, Double low, Double high,
        Qualifier qualifier, String source, String quote, String note) {
}
