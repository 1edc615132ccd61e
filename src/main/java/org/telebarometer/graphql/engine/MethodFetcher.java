package org.telebarometer.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Calls a resolver method once per field: a root query or mutation, or a method that takes one {@code @Source}
 * object. Stops first when the request is out of time or its client has gone.
 */
final class MethodFetcher implements DataFetcher<Object> {

    private final ApiMethod method;

    MethodFetcher(ApiMethod method) {
        this.method = method;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        RequestBudget.of(environment.getGraphQlContext()).check();
        return method.invoke(environment.getSource(), environment.getArguments());
    }

    @Override
    public String toString() {
        return "MethodFetcher[" + method + "]";
    }
}
