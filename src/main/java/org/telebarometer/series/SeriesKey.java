package org.telebarometer.series;

import java.util.regex.Pattern;

/**
 * The stable key of a series: {@code METRIC.SPECIALTY.GEOGRAPHY}, e.g. {@code TELECONSULTATIONS.GENERAL_PRACTICE.FR}.
 */
public record SeriesKey(String metric, String specialty, String geography) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public SeriesKey {
        requireCode("metric", metric);
        requireCode("specialty", specialty);
        requireCode("geography", geography);
    }

    public static SeriesKey parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not a series key: write METRIC.SPECIALTY.GEOGRAPHY, "
                    + "e.g. TELECONSULTATIONS.GENERAL_PRACTICE.FR.");
        }
        return new SeriesKey(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return metric + "." + specialty + "." + geography;
    }

    private static void requireCode(String part, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("The " + part + " part of a series key must be an upper-case code such as "
                    + "TELECONSULTATIONS (got '" + code + "').");
        }
    }
}
