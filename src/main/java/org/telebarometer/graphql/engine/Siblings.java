package org.telebarometer.graphql.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.execution.DataFetcherResult;

/**
 * The objects of one level of an answer that came in one list: what a {@code @Source List} resolver is called with.
 * A list whose objects have batched fields carries its {@code Siblings} down as graphql-java's local context; the
 * first of them to ask for a batched field has it resolved for all, and the others read their own result. A batched
 * field that gives objects hands the siblings of those objects down in turn.
 * <p>
 * Why not graphql-java's DataLoaders: each object's field then costs a CompletableFuture and a pass through the
 * dispatch strategy, about a fifth of the CPU of a page of 500 (bench/RESULTS.md). The whole request runs on one
 * thread, so what the siblings remember needs no lock.
 */
final class Siblings {

    private final List<?> items;
    private IdentityHashMap<Object, Integer> positions;
    private final Map<Object, Batch> batches = new HashMap<>();
    private final Map<Object, Siblings> derived = new HashMap<>();

    private Siblings(List<?> items) {
        this.items = items;
    }

    static Siblings of(List<?> items) {
        return new Siblings(items);
    }

    /** A list value handed down with its siblings. */
    static DataFetcherResult<Object> wrap(List<?> list) {
        return DataFetcherResult.newResult().data(list).localContext(of(list)).build();
    }

    List<?> items() {
        return items;
    }

    /** Where an item stands in the list, or -1 when it is not one of the siblings. */
    int indexOf(Object item) {
        if (items.size() == 1) {
            return items.get(0) == item ? 0 : -1;
        }
        if (positions == null) {
            positions = new IdentityHashMap<>(items.size() * 2);
            for (int i = items.size() - 1; i >= 0; i--) {
                positions.put(items.get(i), i);
            }
        }
        Integer position = positions.get(item);
        return position == null ? -1 : position;
    }

    /** The result of the batch {@code key} for every sibling, computed by the first who asks. */
    Batch batch(Object key, Function<List<?>, Batch> resolve) {
        return batches.computeIfAbsent(key, k -> resolve.apply(items));
    }

    /** The siblings of the values a property gives for each of these siblings (a list's items are flattened). */
    Siblings through(Object property, Function<Object, Object> read) {
        return derived.computeIfAbsent(property, p -> of(flatten(items, read)));
    }

    static List<Object> flatten(List<?> parents, Function<Object, Object> read) {
        List<Object> values = new ArrayList<>(parents.size());
        for (Object parent : parents) {
            Object value = read.apply(parent);
            if (value instanceof List<?> list) {
                values.addAll(list);
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** What a batched resolver gave for a list of siblings: a result each, or the failure of all. */
    static final class Batch {

        private final List<?> results;
        private final Exception failure;
        private Siblings resultSiblings;

        private Batch(List<?> results, Exception failure) {
            this.results = results;
            this.failure = failure;
        }

        static Batch of(List<?> results) {
            return new Batch(results, null);
        }

        static Batch failed(Exception failure) {
            return new Batch(null, failure);
        }

        Object resultAt(int index) throws Exception {
            if (failure != null) {
                throw failure;
            }
            return results.get(index);
        }

        /** The results of all the siblings, as siblings in turn (lists flattened). */
        Siblings resultSiblings() {
            if (resultSiblings == null) {
                resultSiblings = Siblings.of(flatten(results, value -> value));
            }
            return resultSiblings;
        }
    }
}
