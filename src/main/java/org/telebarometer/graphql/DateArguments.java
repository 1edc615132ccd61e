package org.telebarometer.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the {@code Date} arguments of the API. They reach the resolvers as text so that a bad date gets a coded
 * error instead of a generic validation failure.
 */
public final class DateArguments {

    /** The days a date argument may name: four-digit years, so that no bucket or shift of them overflows. */
    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private DateArguments() {
    }

    /** @return the date, or null when the argument was not given */
    public static LocalDate parse(String argument, String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.isBefore(FIRST) || date.isAfter(LAST)) {
                throw new ApiException(ErrorCode.INVALID_DATE, "'" + argument + "' must lie between " + FIRST + " and "
                        + LAST + " (got '" + text + "').");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.INVALID_DATE, "'" + argument + "' must be an ISO-8601 calendar date "
                    + "such as 2020-03-23 (got '" + text + "').");
        }
    }

    /** Checks that {@code from} is not after {@code to} when both are given. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException(ErrorCode.INVALID_DATE_RANGE,
                    "'from' (" + from + ") is after 'to' (" + to + "): swap them or widen the range.");
        }
    }
}
