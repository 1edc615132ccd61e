package org.telebarometer.graphql.engine;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Calls a resolver method once per field: a root query or mutation, or a method that takes one {@code @Source}
 * object. Stops first when the request is out of time or its client has gone. What it gives goes down with its
 * {@link Siblings} when its objects have batched fields.
 */
final class MethodFetcher implements DataFetcher<Object>, LevelResolver {

    private final ApiMethod method;
    private final boolean batchedBelow;

    MethodFetcher(ApiMethod method, boolean batchedBelow) {
        this.method = method;
        this.batchedBelow = batchedBelow;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        RequestBudget.of(environment.getGraphQlContext()).check();
        Object value = method.invoke(environment.getSource(), environment.getArguments());
        if (!batchedBelow || value == null) {
            return value;
        }
        return value instanceof List<?> list ? Siblings.wrap(list)
                : DataFetcherResult.newResult().data(value).localContext(Siblings.of(List.of(value))).build();
    }

    @Override
    public void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context, Object[] values) {
        RequestBudget.of(context).check();
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = method.invoke(sources.get(i), arguments);
            } catch (Exception e) {
                values[i] = new Failure(e);
            }
        }
    }

    @Override
    public String toString() {
        return "MethodFetcher[" + method + "]";
    }
}
