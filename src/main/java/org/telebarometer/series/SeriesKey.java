package org.telebarometer.series;

import java.util.regex.Pattern;

/**
 * The stable key of a series: {@code METRIC.SPECIALTY.GEOGRAPHY}, e.g. {@code TELECONSULTATIONS.GENERAL_PRACTICE.FR},
 * for everyone; {@code METRIC.SPECIALTY.GEOGRAPHY.POPULATION}, e.g. {@code POPULATION_USE_SHARE.ALL.FR.AGED_18_29},
 * for a group of people. A fourth part ALL is the same series as three parts: the key is always written without it.
 */
public record SeriesKey(String metric, String specialty, String geography, String population) {

    /** The population of a key with three parts: everyone. */
    public static final String EVERYONE = "ALL";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public SeriesKey {
        requireCode("metric", metric);
        requireCode("specialty", specialty);
        requireCode("geography", geography);
        requireCode("population", population);
    }

    public SeriesKey(String metric, String specialty, String geography) {
        this(metric, specialty, geography, EVERYONE);
    }

    public static SeriesKey parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.", -1);
        if (parts.length == 3) {
            return new SeriesKey(parts[0], parts[1], parts[2]);
        }
        if (parts.length == 4) {
            return new SeriesKey(parts[0], parts[1], parts[2], parts[3]);
        }
        throw new IllegalArgumentException("'" + text + "' is not a series key: write METRIC.SPECIALTY.GEOGRAPHY, e.g. "
                + "TELECONSULTATIONS.GENERAL_PRACTICE.FR, or METRIC.SPECIALTY.GEOGRAPHY.POPULATION for a group of "
                + "people, e.g. POPULATION_USE_SHARE.ALL.FR.AGED_18_29.");
    }

    @Override
    public String toString() {
        String everyone = metric + "." + specialty + "." + geography;
        return EVERYONE.equals(population) ? everyone : everyone + "." + population;
    }

    private static void requireCode(String part, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("The " + part + " part of a series key must be an upper-case code such as "
                    + "TELECONSULTATIONS (got '" + code + "').");
        }
    }
}
