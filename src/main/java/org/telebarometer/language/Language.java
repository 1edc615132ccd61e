package org.telebarometer.language;

import java.util.Locale;

/**
 * The language of the human-readable texts of an answer: labels, names, definitions, the rule a timeline states.
 * Codes, enum values, field names, quotes (in the language they were published in) and error messages (for
 * developers) do not change with it. In GraphQL: the enum {@code Language} of the {@code @inContext} directive.
 */
public enum Language {

    EN("English."),
    FR("French (français).");

    private final String description;

    Language(String description) {
        this.description = description;
    }

    /** What the GraphQL enum value says. */
    public String description() {
        return description;
    }

    /** A text in this language: the French one in French unless it is missing, then the English one. */
    public <T> T pick(T english, T french) {
        return this == FR && french != null ? french : english;
    }

    /** The language tag of HTTP's Content-Language, {@code en} or {@code fr}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language an {@code Accept-Language} header prefers: French when its most wanted language the service has
     * is French ({@code fr}, {@code fr-FR}, {@code fr-CA}...), English otherwise. Q-values are honoured; a range the
     * service does not have ({@code de}) and {@code *} count for English.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        double french = 0;
        double english = 0;
        for (String range : header.split(",", 20)) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (tag.equals("fr") || tag.startsWith("fr-")) {
                french = Math.max(french, quality);
            } else if (!tag.isEmpty()) {
                english = Math.max(english, quality);
            }
        }
        return french > 0 && french >= english ? FR : EN;
    }

    /**
     * The language a {@code lang} parameter names ({@code fr}, {@code en}, any case), or null when it names neither.
     */
    public static Language ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        String lower = tag.trim().toLowerCase(Locale.ROOT);
        return lower.equals("fr") || lower.startsWith("fr-") ? FR : lower.equals("en") || lower.startsWith("en-")
                ? EN : null;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
