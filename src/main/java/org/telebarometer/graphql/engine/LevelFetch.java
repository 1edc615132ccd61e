package org.telebarometer.graphql.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.MergedField;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.LightDataFetcher;

/**
 * Resolves one field for all the objects of a level: a {@link LevelResolver} (every field of this application) in
 * one call; any other fetcher (graphql-java's introspection, a schema wired by hand) object by object, with a
 * {@link LevelEnvironment}. Errors a fetcher returns with its value are kept for the answer.
 */
final class LevelFetch {

    private final ExecutionContext context;
    private final List<GraphQLError> errors;

    LevelFetch(ExecutionContext context, List<GraphQLError> errors) {
        this.context = context;
        this.errors = errors;
    }

    /** Fills {@code values} with the field's value for each source, or a {@link LevelResolver.Failure}. */
    void resolve(List<?> sources, GraphQLObjectType type, GraphQLFieldDefinition definition, MergedField field,
            Map<String, Object> arguments, Object[] values) {
        DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
        try {
            if (fetcher instanceof LevelResolver level) {
                level.resolveAll(sources, arguments, context.getGraphQLContext(), values);
                return;
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = one(fetcher, sources.get(i), type, definition, field, arguments);
            }
        } catch (RuntimeException e) {
            Arrays.fill(values, new LevelResolver.Failure(e));
        }
    }

    private Object one(DataFetcher<?> fetcher, Object source, GraphQLObjectType type,
            GraphQLFieldDefinition definition, MergedField field, Map<String, Object> arguments) {
        try {
            Object value = fetcher instanceof LightDataFetcher<?> light
                    ? light.get(definition, source, () -> environment(source, type, definition, field, arguments))
                    : fetcher.get(environment(source, type, definition, field, arguments));
            if (value instanceof DataFetcherResult<?> result) {
                errors.addAll(result.getErrors());
                return result.getData();
            }
            return value;
        } catch (Exception e) {
            return new LevelResolver.Failure(e);
        }
    }

    private LevelEnvironment environment(Object source, GraphQLObjectType type, GraphQLFieldDefinition definition,
            MergedField field, Map<String, Object> arguments) {
        return new LevelEnvironment(context, source, arguments, definition, type, field);
    }
}
