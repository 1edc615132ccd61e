package org.telebarometer.graphql.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Resolves a field through a method that takes a {@code @Source List}: the method is called once with all the
 * {@link Siblings} of the parent (the observations of a page...), the first time one of them asks; the others read
 * their result. Siblings asking with different arguments are batched apart.
 */
final class BatchFetcher implements DataFetcher<Object>, LevelResolver {

    private final ApiMethod method;
    private final boolean hasArguments;
    private final boolean batchedBelow;

    /** @param batchedBelow the field's objects have batched fields in turn: their siblings go down with them */
    BatchFetcher(ApiMethod method, boolean hasArguments, boolean batchedBelow) {
        this.method = method;
        this.hasArguments = hasArguments;
        this.batchedBelow = batchedBelow;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        Siblings siblings = environment.getLocalContext() instanceof Siblings parents && parents.indexOf(source) >= 0
                ? parents : Siblings.of(List.of(source));
        Map<String, Object> arguments = environment.getArguments();
        Object key = hasArguments ? Arrays.asList(this, Arrays.asList(method.argumentKey(arguments))) : this;
        GraphQLContext context = environment.getGraphQlContext();
        Siblings.Batch batch = siblings.batch(key, items -> load(items, arguments, context));
        Object value = batch.resultAt(siblings.indexOf(source));
        return batchedBelow && value != null
                ? DataFetcherResult.newResult().data(value).localContext(batch.resultSiblings()).build()
                : value;
    }

    private Siblings.Batch load(List<?> parents, Map<String, Object> arguments, GraphQLContext context) {
        try {
            RequestBudget.of(context).check();
            return Siblings.Batch.of((List<?>) method.invoke(parents, arguments));
        } catch (Exception e) {
            return Siblings.Batch.failed(e);
        }
    }

    @Override
    public void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context, Object[] values) {
        try {
            RequestBudget.of(context).check();
            List<?> results = (List<?>) method.invoke(sources, arguments);
            for (int i = 0; i < values.length; i++) {
                values[i] = results.get(i);
            }
        } catch (Exception e) {
            Arrays.fill(values, new Failure(e));
        }
    }

    @Override
    public String toString() {
        return "BatchFetcher[" + method + "]";
    }
}
