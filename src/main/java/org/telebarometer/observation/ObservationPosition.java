package org.telebarometer.observation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.telebarometer.graphql.Cursor;

/**
 * Where an observation stands in the order of every list of observations: what a cursor holds.
 */
record ObservationPosition(LocalDate start, String seriesKey, String id) {

    private static final String KIND = "observation";

    static Cursor cursor(Observation observation) {
        return Cursor.of(KIND, observation.period.start().toString(), observation.seriesKey, observation.id);
    }

    /** @return the position, or null for the first page */
    static ObservationPosition decode(String after) {
        if (after == null) {
            return null;
        }
        Cursor cursor = Cursor.decode(after, KIND, 3);
        try {
            return new ObservationPosition(LocalDate.parse(cursor.part(0)), cursor.part(1), cursor.part(2));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid(after);
        }
    }
}
