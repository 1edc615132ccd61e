package org.telebarometer.graphql.engine;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.introspection.Introspection;

import org.telebarometer.graphql.ErrorCode;

/**
 * Executes a query one level at a time: each field of a selection is resolved once for all the objects of its level
 * (every observation of a page), with one call of its {@link LevelResolver}; then the objects those values hold are
 * completed together, level after level. Batching is what the order gives, arguments are read once per field, and
 * an answer is a few arrays per level ({@link ResultObject}).
 * <p>
 * Why not graphql-java's own strategy: it builds an execution step, a path, a fetched-value and a field-value record
 * for every field of every object, about a microsecond and several hundred bytes each; a page of 500 observations
 * with a dozen fields spent most of its CPU there (bench/RESULTS.md). graphql-java still parses, validates and
 * coerces the variables; it runs mutations, and queries that ask for introspection, with its own strategy and the
 * same fetchers. The GraphQL semantics kept here: aliases, fragments and {@code @skip}/{@code @include} (graphql-java's
 * field collector), {@code __typename}, null for a failed field with its error, and a null bubbling up to the
 * nearest nullable parent when a non-null field has none.
 */
final class LevelExecution extends ExecutionStrategy {

    private final ExecutionStrategy introspection;
    private final int maxValues;

    /**
     * @param introspection the strategy of queries that ask for {@code __schema} or {@code __type}
     * @param maxValues     the most values an answer may hold
     */
    LevelExecution(ExecutionStrategy introspection, CodedErrors errors, int maxValues) {
        super(errors);
        this.introspection = introspection;
        this.maxValues = maxValues;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        MergedSelectionSet roots = parameters.getFields();
        if (roots.getSubFieldsList().stream().anyMatch(LevelExecution::isIntrospection)) {
            return introspection.execute(context, parameters);
        }
        LevelRun run = new LevelRun(context, maxValues);
        Object data;
        try {
            Object[] root = run.objects(Arrays.asList((Object) context.getRoot()),
                    context.getGraphQLSchema().getQueryType(), roots, LevelPositions.ROOT);
            data = root[0];
        } catch (LevelRun.TooManyValues tooMany) {
            return CompletableFuture.completedFuture(new ExecutionResultImpl(CodedErrors.requestError(
                    ErrorCode.QUERY_TOO_COMPLEX, "The answer would hold more than " + maxValues + " values: ask for "
                            + "smaller pages or fewer nested lists.", null)));
        }
        return CompletableFuture.completedFuture(new ExecutionResultImpl(data, run.errors()));
    }

    private static boolean isIntrospection(MergedField field) {
        return field.getName().equals(Introspection.SchemaMetaFieldDef.getName())
                || field.getName().equals(Introspection.TypeMetaFieldDef.getName());
    }
}
