package org.telebarometer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * What a client searches for: words, and phrases in double quotes (« "tiers payant" » matches those two words in that
 * order). Every word and phrase must be found (in the quote, the note, the title or the series' labels), whatever its
 * accents, case, plural or verb form; stop words (« les », « the ») are left out.
 */
public record SearchText(List<Part> parts) {

    /** A word, or the words of a phrase. */
    public record Part(String text, boolean phrase) {
    }

    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|([^\\s\"]+)");

    public SearchText {
        parts = List.copyOf(parts);
    }

    /**
     * @throws ApiException {@link ErrorCode#SEARCH_TOO_LONG} beyond the limits, {@link ErrorCode#INVALID_SEARCH} when
     *                      nothing is left to search for
     */
    public static SearchText parse(String text, int maxLength, int maxTerms) {
        if (text == null || text.isBlank()) {
            throw new ApiException(ErrorCode.INVALID_SEARCH, "Give words to search for, e.g. \"tiers payant\" or "
                    + "déserts médicaux.");
        }
        if (text.length() > maxLength) {
            throw new ApiException(ErrorCode.SEARCH_TOO_LONG, "The search text is " + text.length()
                    + " characters long; at most " + maxLength + " are searched: use fewer, more telling words.");
        }
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PART.matcher(text);
        while (matcher.find()) {
            Part part = matcher.group(1) != null ? new Part(matcher.group(1).strip(), true)
                    : new Part(matcher.group(2), false);
            if (!part.text().isEmpty() && !isStopWord(part)) {
                parts.add(part);
            }
        }
        if (parts.size() > maxTerms) {
            throw new ApiException(ErrorCode.SEARCH_TOO_LONG, "The search has " + parts.size() + " words and phrases; "
                    + "at most " + maxTerms + " are searched: use fewer, more telling words.");
        }
        if (parts.isEmpty()) {
            throw new ApiException(ErrorCode.INVALID_SEARCH, "'" + text + "' holds only stop words (le, la, des, "
                    + "the...): add a word that carries meaning.");
        }
        return new SearchText(parts);
    }

    private static boolean isStopWord(Part part) {
        String word = part.text().toLowerCase(java.util.Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
        return !part.phrase() && (word.isEmpty() || SearchAnalyzers.STOP_WORDS.contains(word));
    }
}
