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
        List<String> distinct = codes.stream().map(String::strip).distinct().toList();
        List<?> found = Panache.getEntityManager().unwrap(Session.class).findMultiple(type, distinct);
        for (int i = 0; i < distinct.size(); i++) {
            if (found.get(i) == null) {
                throw new ApiException(error, "Unknown " + noun + " '" + distinct.get(i) + "'. " + describe(known.get(),
                        noun));
            }
        }
        return Set.copyOf(distinct);
    }

    private static String describe(List<String> known, String noun) {
        List<String> sorted = List.copyOf(new TreeSet<>(known));
        if (sorted.size() > MAX_LISTED) {
            return "There are " + sorted.size() + " " + noun + "s; the first are: "
                    + String.join(", ", sorted.subList(0, MAX_LISTED)) + "...";
        }
        return "Known " + noun + "s: " + String.join(", ", sorted) + ".";
    }

    public static Set<String> nonNull(Collection<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(Objects::nonNull).toList());
    }
}
