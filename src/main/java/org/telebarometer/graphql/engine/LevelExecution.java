package org.telebarometer.graphql.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.introspection.Introspection;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import org.telebarometer.graphql.ErrorCode;

/**
 * Executes every operation, queries, mutations and introspection alike, one level at a time: each field of a
 * selection is resolved once for all the objects of its level (every observation of a page), with one call of its
 * {@link LevelResolver}; then the objects those values hold are completed together, level after level. Batching is
 * what the order gives, arguments are read once per field, and an answer is a few arrays per level
 * ({@link ResultObject}). A mutation's root fields run one after the other, as GraphQL asks.
 * <p>
 * Why not graphql-java's own strategy: it builds an execution step, a path, a fetched-value and a field-value record
 * for every field of every object; with the same fetchers it answered 0.51–0.68 of this one's computed requests
 * (bench/RESULTS.md). graphql-java still parses, validates, coerces the variables and normalizes the operation
 * (aliases, fragments, {@code @skip}/{@code @include}, type conditions, arguments); the GraphQL semantics kept here:
 * {@code __typename}, interfaces and unions (an object gets the fields meant for its object type), null for a failed
 * field with its error, and a null bubbling up to the nearest nullable parent when a non-null field has none. An
 * answer that would hold more values than its cost allowed is refused whole, never cut.
 */
final class LevelExecution extends ExecutionStrategy {

    private final ObjectTypes objectTypes;
    private final int maxValues;

    /** @param maxValues the most values an answer may hold */
    LevelExecution(CodedErrors errors, ObjectTypes objectTypes, int maxValues) {
        super(errors);
        this.objectTypes = objectTypes;
        this.maxValues = maxValues;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        Optional<ExecutionResult> badFaith = Introspection.isIntrospectionSensible(parameters.getFields(), context);
        if (badFaith.isPresent()) {
            return CompletableFuture.completedFuture(badFaith.get());
        }
        Languages.apply(context.getOperationDefinition(), context.getCoercedVariables().toMap(),
                context.getGraphQLContext());
        GraphQLSchema schema = context.getGraphQLSchema();
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperation(schema, context.getOperationDefinition(),
                        context.getFragmentsByName(), context.getCoercedVariables());
        LevelRun run = new LevelRun(context, operation, objectTypes, maxValues);
        Object data;
        try {
            Object[] root = run.objects(Arrays.asList((Object) context.getRoot()), rootType(context),
                    operation.getTopLevelFields(), LevelPositions.ROOT);
            data = root[0];
        } catch (LevelRun.TooManyValues tooMany) {
            return CompletableFuture.completedFuture(new ExecutionResultImpl(CodedErrors.requestError(
                    ErrorCode.QUERY_TOO_COMPLEX, "The answer would hold more than " + maxValues + " values: ask for "
                            + "smaller pages or fewer nested lists.", null)));
        }
        return CompletableFuture.completedFuture(new ExecutionResultImpl(data, run.errors()));
    }

    private static GraphQLObjectType rootType(ExecutionContext context) {
        return context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                ? context.getGraphQLSchema().getMutationType() : context.getGraphQLSchema().getQueryType();
    }
}
