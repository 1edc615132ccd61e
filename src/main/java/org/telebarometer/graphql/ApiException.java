package org.telebarometer.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A client mistake or a known failure, reported as a GraphQL error whose {@code extensions.code} is the
 * {@link ErrorCode} and whose message tells the client what to fix.
 * <p>
 * Implementing {@link GraphQLError} is how SmallRye GraphQL lets an exception add its own extensions.
 */
public class ApiException extends RuntimeException implements GraphQLError {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return null;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }
}
