package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * Every error of an answer has a code and a message meant for the client: never an exception's text, an internal
 * class name or graphql-java's AST notation.
 */
class CodedErrorsTest {

    private final CodedErrors errors = new CodedErrors();

    @Test
    void aClientMistakeKeepsItsCodeAndMessage() {
        GraphQLError error = handle(new ApiException(ErrorCode.PAGE_TOO_LARGE, "first must be at most 500"));

        assertThat(error.getMessage()).isEqualTo("first must be at most 500");
        assertThat(error.getExtensions()).containsEntry("code", "PAGE_TOO_LARGE");
        assertThat(error.getPath()).containsExactly("observations");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithoutItsDetails() {
        GraphQLError error = handle(new IllegalStateException("connection to db.internal:5432 refused"));

        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(error.getMessage()).doesNotContain("db.internal", "IllegalState");
    }

    @Test
    void aLostDatabaseIsDatabaseUnavailable() {
        GraphQLError error = handle(new RuntimeException(new ConnectException("Connection refused")));

        assertThat(error.getExtensions()).containsEntry("code", "DATABASE_UNAVAILABLE");
        assertThat(error.getMessage()).contains("nothing was changed");
    }

    @Test
    void aReadThatMetAConcurrentWriteIsAConcurrentChangeToSendAgain() {
        GraphQLError error = handle(new RuntimeException(new SQLException(
                "Row \"3493\" not found in primary index \"PUBLIC.OBSERVATION_DATA\"", "90143")));

        assertThat(error.getExtensions()).containsEntry("code", "CONCURRENT_CHANGE");
        assertThat(error.getMessage()).contains("send the request again").doesNotContain("OBSERVATION_DATA");
    }

    @Test
    void validationErrorsAreInvalidQueriesInPlainWords() {
        ValidationError wrongType = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("Validation error (WrongType@[observations]) : argument 'first' with value "
                        + "'IntValue{value=3000000000}' is not a valid 'Int' - SRGQL000022: Can not parse a number")
                .sourceLocation(new SourceLocation(1, 16)).build();

        GraphQLError error = recoded(wrongType);

        assertThat(error.getExtensions()).containsEntry("code", "INVALID_QUERY");
        assertThat(error.getMessage()).isEqualTo("argument 'first' with value 3000000000 is not a valid 'Int' - Can "
                + "not parse a number");
    }

    @Test
    void aSyntaxErrorIsAnInvalidQuery() {
        GraphQLError error = recoded(new InvalidSyntaxError(new SourceLocation(1, 18), "Invalid syntax at line 1"));

        assertThat(error.getExtensions()).containsEntry("code", "INVALID_QUERY");
        assertThat(error.getMessage()).startsWith("The query does not parse");
    }

    private GraphQLError handle(Throwable failure) {
        DataFetcherExceptionHandlerParameters parameters = DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .exception(failure)
                .dataFetchingEnvironment(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                        .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                                .path(ResultPath.rootPath().segment("observations")).build())
                        .mergedField(MergedField.newMergedField(Field.newField("observations")
                                .sourceLocation(new SourceLocation(1, 3)).build()).build())
                        .build())
                .build();
        List<GraphQLError> handled = errors.handleException(parameters).join().getErrors();
        assertThat(handled).hasSize(1);
        return handled.get(0);
    }

    private static GraphQLError recoded(GraphQLError error) {
        ExecutionResult result = CodedErrors.coded(ExecutionResult.newExecutionResult().addError(error).build());
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().get(0).toSpecification()).containsKey("extensions")
                .extractingByKey("extensions").isInstanceOf(Map.class);
        return result.getErrors().get(0);
    }
}
