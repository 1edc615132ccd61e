package org.telebarometer.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the {@code first} and {@code after} arguments of every connection against the configured limits.
 */
@ApplicationScoped
public class Paging {

    public static final int DEFAULT_PAGE_SIZE = 100;

    private final int maxPageSize;

    public Paging(@ConfigProperty(name = "telebarometer.graphql.max-page-size", defaultValue = "500") int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    public PageRequest request(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw new ApiException(ErrorCode.INVALID_PAGE_SIZE,
                    "first must be zero or more (got " + size + ").");
        }
        if (size > maxPageSize) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "first must be at most " + maxPageSize + " (got " + size
                    + "). Ask for smaller pages and follow pageInfo.endCursor with after.");
        }
        return new PageRequest(size, after == null || after.isEmpty() ? null : after);
    }

    public int maxPageSize() {
        return maxPageSize;
    }
}
