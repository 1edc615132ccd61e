package org.telebarometer.graphql;

import java.util.Map;

/**
 * A client mistake or a known failure, reported as a GraphQL error whose {@code extensions.code} is the
 * {@link ErrorCode} and whose message tells the client what to fix (and, on the plain HTTP endpoints, as
 * {@code {"code": ..., "message": ...}}).
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** What the error's {@code extensions} hold beside its code: nothing, unless a subclass says more. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
