package org.telebarometer.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * One page of rows read with {@link PageRequest#rowsToFetch()}, and the cursor of each row.
 */
public final class Page<T> {

    private final List<T> items;
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final Function<T, Cursor> cursorOf;

    private Page(List<T> items, boolean hasNextPage, boolean hasPreviousPage, Function<T, Cursor> cursorOf) {
        this.items = items;
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.cursorOf = cursorOf;
    }

    /** Cuts the extra row read to detect a next page. */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        boolean more = rows.size() > request.first();
        List<T> items = more ? List.copyOf(rows.subList(0, request.first())) : List.copyOf(rows);
        return new Page<>(items, more, !request.isFirstPage(), cursorOf);
    }

    public List<T> items() {
        return items;
    }

    public String cursor(T item) {
        return cursorOf.apply(item).encode();
    }

    public PageInfo pageInfo() {
        String start = items.isEmpty() ? null : cursor(items.get(0));
        String end = items.isEmpty() ? null : cursor(items.get(items.size() - 1));
        return new PageInfo(hasNextPage, hasPreviousPage, start, end);
    }
}
