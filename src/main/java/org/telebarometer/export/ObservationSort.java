package org.telebarometer.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * The orders an export can be sorted in, as the dashboard's table sorts: {@code value} ascending, {@code -value}
 * descending. Ties keep the API's order (period start, series key, id): sorting is stable.
 */
public enum ObservationSort {

    PERIOD(Comparator.comparing((ObservationRow row) -> row.observation().period.start())
            .thenComparing(row -> row.observation().period.end())),
    SPECIALTY(Comparator.comparing(row -> row.specialty().label)),
    VALUE(Comparator.comparingDouble(row -> row.observation().value)),
    QUALIFIER(Comparator.comparing(row -> row.observation().qualifier.name())),
    SOURCE(Comparator.comparing(row -> row.source().name)),
    PUBLICATION(Comparator.comparing((ObservationRow row) -> row.publication().publishedOn,
            Comparator.nullsFirst(Comparator.<LocalDate> naturalOrder()))
            .thenComparing(row -> row.publication().id));

    private final Comparator<ObservationRow> ascending;

    ObservationSort(Comparator<ObservationRow> ascending) {
        this.ascending = ascending;
    }

    /**
     * @param text {@code null} or blank for the API's order, else a key, prefixed with {@code -} for descending
     * @return the comparator, or {@code null} to keep the API's order
     * @throws ApiException {@link ErrorCode#INVALID_ARGUMENT} for an unknown key
     */
    public static Comparator<ObservationRow> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean descending = text.startsWith("-");
        String key = (descending ? text.substring(1) : text).trim().toUpperCase(Locale.ROOT);
        ObservationSort sort = Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_ARGUMENT, "Unknown sort \"" + text
                        + "\": use one of " + keys() + ", prefixed with - for descending order."));
        return descending ? sort.ascending.reversed() : sort.ascending;
    }

    private static String keys() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
