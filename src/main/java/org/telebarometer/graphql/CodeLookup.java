package org.telebarometer.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Checks that codes given by a client exist, and says which ones do when one does not.
 */
public final class CodeLookup {

    private static final int MAX_LISTED = 30;
    /** Most values one list argument may hold: far below the database driver's limit of bound parameters. */
    public static final int MAX_VALUES = 1000;

    private CodeLookup() {
    }

    /**
     * @param known supplies every known code, only called to write the error message
     * @throws ApiException with the given code when one of the codes is unknown
     */
    public static Set<String> requireKnown(Collection<String> codes, Class<?> type, ErrorCode error, String noun,
            Supplier<List<String>> known) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        requireFew(codes, noun);
        List<String> distinct = codes.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        if (distinct.isEmpty()) {
            return Set.of();
        }
        List<?> found = Panache.getEntityManager().unwrap(Session.class).findMultiple(type, distinct);
        for (int i = 0; i < distinct.size(); i++) {
            if (found.get(i) == null) {
                throw new ApiException(error, "Unknown " + noun + " '" + distinct.get(i) + "'. " + describe(known.get(),
                        noun));
            }
        }
        return Set.copyOf(distinct);
    }

    /** @throws ApiException {@link ErrorCode#TOO_MANY_VALUES} when a list holds more than {@link #MAX_VALUES} */
    public static void requireFew(Collection<?> values, String noun) {
        if (values != null && values.size() > MAX_VALUES) {
            throw new ApiException(ErrorCode.TOO_MANY_VALUES, "A list of " + plural(noun) + " may hold at most " + MAX_VALUES
                    + " values (got " + values.size() + "): narrow the selection or send several requests.");
        }
    }

    private static String describe(List<String> known, String noun) {
        List<String> sorted = List.copyOf(new TreeSet<>(known));
        if (sorted.size() > MAX_LISTED) {
            return "There are " + sorted.size() + " " + plural(noun) + "; the first are: "
                    + String.join(", ", sorted.subList(0, MAX_LISTED)) + "...";
        }
        return "Known " + plural(noun) + ": " + String.join(", ", sorted) + ".";
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
