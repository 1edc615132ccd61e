package org.telebarometer.graphql.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Resolves a field through a method that takes a {@code @Source List}: every parent of one level of the answer is
 * collected by a DataLoader, and the method is called once with all of them. Parents asking with different
 * arguments are batched apart.
 */
final class BatchFetcher implements DataFetcher<CompletableFuture<Object>> {

    private final String name;
    private final ApiMethod method;
    private final boolean hasArguments;

    BatchFetcher(String coordinates, ApiMethod method, boolean hasArguments) {
        this.name = coordinates;
        this.method = method;
        this.hasArguments = hasArguments;
    }

    @Override
    public CompletableFuture<Object> get(DataFetchingEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        String key = hasArguments ? name + Arrays.deepToString(method.argumentKey(arguments)) : name;
        GraphQLContext context = environment.getGraphQlContext();
        DataLoader<Object, Object> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(key, k -> DataLoaderFactory.newDataLoader(parents -> load(parents, arguments, context)));
        return loader.load(environment.getSource());
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<List<Object>> load(List<Object> parents, Map<String, Object> arguments,
            GraphQLContext context) {
        try {
            RequestBudget.of(context).check();
            return CompletableFuture.completedFuture((List<Object>) method.invoke(parents, arguments));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String toString() {
        return "BatchFetcher[" + method + "]";
    }
}
