package org.telebarometer.graphql;

/**
 * A validated request for one page of a connection: how many items, after which cursor (null for the first page).
 */
public record PageRequest(int first, String after) {

    public boolean isFirstPage() {
        return after == null;
    }

    /** How many rows to read so that one more than asked tells whether there is a next page. */
    public int rowsToFetch() {
        return first + 1;
    }
}
