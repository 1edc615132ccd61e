package org.telebarometer.graphql;

/**
 * Stable codes put in {@code extensions.code} of GraphQL errors. Clients may switch on them: never rename one.
 */
public enum ErrorCode {
    INVALID_DATE,
    INVALID_DATE_RANGE,
    INVALID_PERIOD,
    INVALID_SERIES_KEY,
    INVALID_CURSOR,
    INVALID_PAGE_SIZE,
    PAGE_TOO_LARGE,
    UNKNOWN_METRIC,
    UNKNOWN_SPECIALTY,
    UNKNOWN_GEOGRAPHY,
    UNKNOWN_ORGANIZATION,
    UNKNOWN_NAMED_PERIOD,
    UNKNOWN_PUBLICATION,
    MISSING_FIELD,
    INVALID_ID,
    INVALID_LANGUAGE,
    VALUE_OUT_OF_RANGE,
    INVALID_RANGE,
    DUPLICATE_OBSERVATION,
    INVALID_PUBLICATION,
    INTERNAL_ERROR
}
