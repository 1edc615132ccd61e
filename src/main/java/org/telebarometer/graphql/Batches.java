package org.telebarometer.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Resolves a reference held by every item of a batch (the series of a page of observations...) with one load,
 * so that a page costs the same number of SQL statements whatever its size. Entities in the second-level cache cost
 * no statement at all.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * @return for each parent, in order, the entity its id refers to (null where the id is null or unknown)
     */
    public static <P, E> List<E> resolve(List<P> parents, Function<P, String> idOf, Class<E> type) {
        List<String> ids = parents.stream().map(idOf).filter(Objects::nonNull).distinct().toList();
        List<E> loaded = ids.isEmpty() ? List.of() : Panache.getEntityManager().unwrap(Session.class).findMultiple(type, ids);
        Map<String, E> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), loaded.get(i));
        }
        return parents.stream().map(parent -> {
            String id = idOf.apply(parent);
            return id == null ? null : byId.get(id);
        }).toList();
    }

    /**
     * The children of each node of a tree of reference data (specialties, populations), from the whole tree read once:
     * for each parent, in the order of {@code all}, the nodes whose parent code is its code.
     */
    public static <T> List<List<T>> childrenOf(List<T> parents, List<T> all, Function<T, String> codeOf,
            Function<T, String> parentCodeOf) {
        return parents.stream()
                .map(parent -> all.stream()
                        .filter(node -> codeOf.apply(parent).equals(parentCodeOf.apply(node)))
                        .toList())
                .toList();
    }
}
