package org.telebarometer.graphql.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.directives.QueryDirectives;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * What a fetcher that is not a {@link LevelResolver} is told about the field it resolves for one object: the
 * introspection fetchers of graphql-java, or a fetcher of a schema wired by hand. The step-by-step execution details
 * (execution step, selection set, query directives) do not exist here: asking for them is a programming error.
 */
final class LevelEnvironment implements DataFetchingEnvironment {

    private final ExecutionContext context;
    private final Object source;
    private final Map<String, Object> arguments;
    private final GraphQLFieldDefinition definition;
    private final GraphQLType parentType;
    private final MergedField field;

    LevelEnvironment(ExecutionContext context, Object source, Map<String, Object> arguments,
            GraphQLFieldDefinition definition, GraphQLType parentType, MergedField field) {
        this.context = context;
        this.source = source;
        this.arguments = arguments;
        this.definition = definition;
        this.parentType = parentType;
        this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getSource() {
        return (T) source;
    }

    @Override
    public Map<String, Object> getArguments() {
        return arguments;
    }

    @Override
    public boolean containsArgument(String name) {
        return arguments.containsKey(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getArgument(String name) {
        return (T) arguments.get(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getArgumentOrDefault(String name, T defaultValue) {
        return arguments.containsKey(name) ? (T) arguments.get(name) : defaultValue;
    }

    @Override
    @Deprecated
    @SuppressWarnings("unchecked")
    public <T> T getContext() {
        return (T) context.getContext();
    }

    @Override
    public GraphQLContext getGraphQlContext() {
        return context.getGraphQLContext();
    }

    @Override
    public <T> T getLocalContext() {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getRoot() {
        return (T) context.getRoot();
    }

    @Override
    public GraphQLFieldDefinition getFieldDefinition() {
        return definition;
    }

    @Override
    @Deprecated
    public List<Field> getFields() {
        return field.getFields();
    }

    @Override
    public MergedField getMergedField() {
        return field;
    }

    @Override
    public Field getField() {
        return field.getSingleField();
    }

    @Override
    public GraphQLOutputType getFieldType() {
        return definition.getType();
    }

    @Override
    public ExecutionStepInfo getExecutionStepInfo() {
        throw unavailable("the execution step");
    }

    @Override
    public GraphQLType getParentType() {
        return parentType;
    }

    @Override
    public GraphQLSchema getGraphQLSchema() {
        return context.getGraphQLSchema();
    }

    @Override
    public Map<String, FragmentDefinition> getFragmentsByName() {
        return context.getFragmentsByName();
    }

    @Override
    public ExecutionId getExecutionId() {
        return context.getExecutionId();
    }

    @Override
    public DataFetchingFieldSelectionSet getSelectionSet() {
        throw unavailable("the selection set");
    }

    @Override
    public QueryDirectives getQueryDirectives() {
        throw unavailable("the query directives");
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String name) {
        return context.getDataLoaderRegistry().getDataLoader(name);
    }

    @Override
    public DataLoaderRegistry getDataLoaderRegistry() {
        return context.getDataLoaderRegistry();
    }

    @Override
    public Locale getLocale() {
        return context.getLocale();
    }

    @Override
    public OperationDefinition getOperationDefinition() {
        return context.getOperationDefinition();
    }

    @Override
    public Document getDocument() {
        return context.getDocument();
    }

    @Override
    public Map<String, Object> getVariables() {
        return context.getCoercedVariables().toMap();
    }

    private static UnsupportedOperationException unavailable(String what) {
        return new UnsupportedOperationException(what + " is not available to fetchers in this engine: resolve "
                + "the field with a LevelResolver, or from the source and arguments only");
    }
}
