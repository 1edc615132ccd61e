package org.telebarometer.graphql.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.ResultPath;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

import org.jboss.logging.Logger;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.DatabaseFailures;
import org.telebarometer.graphql.ErrorCode;

/**
 * The one place where failures become GraphQL errors: every error of an answer carries a stable
 * {@code extensions.code} and a message that says what to fix, never a stack trace or an internal class name.
 * Resolvers throw {@link ApiException}s for client mistakes; anything else is logged here and reported as
 * {@link ErrorCode#INTERNAL_ERROR} (or {@link ErrorCode#DATABASE_UNAVAILABLE} when the database is out of reach).
 */
final class CodedErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CodedErrors.class);
    /** graphql-java's prefix of validation messages: "Validation error (FieldUndefined@[metrics/foo]) : ". */
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    /** How graphql-java prints literals in messages: IntValue{value=3000000000} means 3000000000. */
    private static final Pattern AST_VALUE = Pattern.compile("'?\\b[A-Z][a-zA-Z]*Value\\{value=([^}]*)}'?");
    /** graphql-java's names of literal kinds: "Expected an AST type of 'IntValue' but it was a 'StringValue'". */
    private static final Pattern AST_TYPE = Pattern.compile(
            "Expected an AST type of '(\\w+?)Value' but it was a '(\\w+?)Value'");
    /** SmallRye's message numbers: "SRGQL000022: Can not parse a number". */
    private static final Pattern MESSAGE_NUMBER = Pattern.compile("SRGQL\\d+: ");

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        GraphQLError error = fieldError(parameters.getException(), parameters.getPath(), parameters.getSourceLocation());
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    /** The error of a field that failed: its code, and where it is in the answer and in the query. */
    static GraphQLError fieldError(Throwable exception, ResultPath path, SourceLocation location) {
        ApiException coded = coded(unwrap(exception), path);
        return error(coded, path, location);
    }

    /** The same answer, with every error that graphql-java raised itself (syntax, validation...) given a code. */
    static ExecutionResult coded(ExecutionResult result) {
        if (result.getErrors().isEmpty() || result.getErrors().stream().allMatch(CodedErrors::hasCode)) {
            return result;
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            errors.add(hasCode(error) ? error : recode(error));
        }
        return result.transform(builder -> builder.errors(errors));
    }

    /** An error of a request refused before it ran. */
    static GraphQLError requestError(ErrorCode code, String message, List<SourceLocation> locations) {
        return GraphqlErrorBuilder.newError().message(message)
                .locations(locations == null || locations.isEmpty() ? null : locations)
                .errorType(Classification.REQUEST).extensions(extensions(code, Classification.REQUEST)).build();
    }

    static boolean isRequestError(GraphQLError error) {
        return error.getErrorType() == Classification.REQUEST || error instanceof ValidationError
                || error instanceof InvalidSyntaxError;
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get("code") != null;
    }

    private static GraphQLError recode(GraphQLError error) {
        if (error instanceof InvalidSyntaxError syntax) {
            return requestError(ErrorCode.INVALID_QUERY, "The query does not parse: " + syntax.getMessage()
                    .replaceFirst("^Invalid [Ss]yntax ?:? ?", ""), syntax.getLocations());
        }
        if (error instanceof ValidationError validation) {
            ErrorCode code = validation.getValidationErrorType() == ValidationErrorType.VariableTypeMismatch
                    ? ErrorCode.INVALID_VARIABLES : ErrorCode.INVALID_QUERY;
            return requestError(code, readable(validation.getMessage()), validation.getLocations());
        }
        if (isVariableError(error)) {
            return requestError(ErrorCode.INVALID_VARIABLES, readable(error.getMessage()), error.getLocations());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return requestError(ErrorCode.QUERY_TOO_COMPLEX, "The introspection query asks for too much: "
                    + error.getMessage() + " Ask for the schema as GraphiQL does, or read /graphql/schema.graphql.",
                    error.getLocations());
        }
        // an error graphql-java raised about the request itself (what resolvers throw is coded above): a client's
        // input must not log at ERROR
        LOG.warnf("Uncoded GraphQL error (%s): %s", error.getClass().getSimpleName(), error.getMessage());
        return GraphqlErrorBuilder.newError().message("The server failed to answer this request; it has been logged.")
                .locations(error.getLocations()).path(error.getPath())
                .extensions(extensions(ErrorCode.INTERNAL_ERROR, Classification.DATA_FETCHING)).build();
    }

    /** graphql-java reports values that do not fit their variable's type as errors of this classification. */
    private static boolean isVariableError(GraphQLError error) {
        return error.getErrorType() == graphql.ErrorType.ValidationError;
    }

    private static String readable(String message) {
        String text = VALIDATION_PREFIX.matcher(message == null ? "" : message).replaceFirst("");
        text = AST_TYPE.matcher(AST_VALUE.matcher(text).replaceAll("$1")).replaceAll("a $2 was given where $1 is expected");
        return MESSAGE_NUMBER.matcher(text).replaceAll("");
    }

    private static ApiException coded(Throwable failure, ResultPath path) {
        if (failure instanceof ApiException api) {
            return api;
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            LOG.warnf("The database is unreachable (at %s): %s", path, DatabaseFailures.rootMessage(failure));
            return new ApiException(ErrorCode.DATABASE_UNAVAILABLE,
                    "The database is unreachable for now; nothing was changed. Try again in a moment.");
        }
        if (DatabaseFailures.isReadDuringWrite(failure)) {
            LOG.infof("A read met a concurrent write (at %s): %s", path, DatabaseFailures.rootMessage(failure));
            return new ApiException(ErrorCode.CONCURRENT_CHANGE,
                    "The data changed while this answer was being read (a publication was written at that moment);"
                            + " send the request again.");
        }
        LOG.errorf(failure, "Unexpected failure at %s", path);
        return new ApiException(ErrorCode.INTERNAL_ERROR,
                "The server failed to answer this request; it has been logged. Try again later.");
    }

    private static GraphQLError error(ApiException failure, ResultPath path, SourceLocation location) {
        Map<String, Object> extensions = extensions(failure.code(), Classification.DATA_FETCHING);
        extensions.putAll(failure.details());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(failure.getMessage()).path(path)
                .errorType(Classification.DATA_FETCHING).extensions(extensions);
        return (location == null ? builder : builder.location(location)).build();
    }

    private static Map<String, Object> extensions(ErrorCode code, Classification classification) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.put("classification", classification.label);
        return extensions;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** {@code extensions.classification}: whether the request was refused, or a field failed while running. */
    enum Classification implements ErrorClassification {
        REQUEST("InvalidRequest"),
        DATA_FETCHING("DataFetchingException");

        private final String label;

        Classification(String label) {
            this.label = label;
        }

        @Override
        public Object toSpecification(GraphQLError error) {
            return label;
        }
    }
}
