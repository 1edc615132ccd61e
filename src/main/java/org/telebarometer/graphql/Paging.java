package org.telebarometer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telebarometer.TelebarometerConfig;

/**
 * Checks the {@code first} and {@code after} arguments of every connection against the configured limits.
 */
@ApplicationScoped
public class Paging {

    private final int defaultPageSize;
    private final int maxPageSize;

    @Inject
    public Paging(TelebarometerConfig config) {
        this(config.graphql().defaultPageSize(), config.graphql().maxPageSize());
    }

    Paging(int defaultPageSize, int maxPageSize) {
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    /** The most items a page (or a list of ids) may hold. */
    public int maxPageSize() {
        return maxPageSize;
    }

    public PageRequest request(Integer first, String after) {
        int size = first == null ? defaultPageSize : first;
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
}
