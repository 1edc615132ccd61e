package org.telebarometer.graphql.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultPath;
import graphql.execution.ValuesResolver;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * One query's execution by {@link LevelExecution}: completes objects level after level, each field resolved once for
 * all the objects of its level, and keeps the query's field errors and its count of values.
 */
final class LevelRun {

    private final ExecutionContext context;
    private final GraphQLContext graphQLContext;
    private final FieldCollector collector = new FieldCollector();
    private final List<GraphQLError> errors = new ArrayList<>();
    private final int maxValues;
    private long values;

    LevelRun(ExecutionContext context, int maxValues) {
        this.context = context;
        this.graphQLContext = context.getGraphQLContext();
        this.maxValues = maxValues;
    }

    List<GraphQLError> errors() {
        return errors;
    }

    /**
     * Completes objects of one type: every field of the selection, for all of them.
     *
     * @return for each object its {@link ResultObject}, or null where a non-null field had no value
     */
    Object[] objects(List<?> sources, GraphQLObjectType type, MergedSelectionSet selection, LevelPositions place) {
        int count = sources.size();
        List<String> keys = selection.getKeys();
        String[] names = keys.toArray(new String[0]);
        Object[][] columns = new Object[names.length][];
        boolean[] nulled = new boolean[count];
        for (int k = 0; k < names.length; k++) {
            MergedField field = selection.getSubField(names[k]);
            columns[k] = field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())
                    ? filled(count, type.getName())
                    : field(sources, type, field, place, nulled);
        }
        Object[] results = new Object[count];
        for (int i = 0; i < count; i++) {
            if (!nulled[i]) {
                results[i] = new ResultObject(names, columns, i);
            }
        }
        count(count);
        return results;
    }

    /** One field for all the objects: resolved, then completed by its type. */
    private Object[] field(List<?> sources, GraphQLObjectType type, MergedField field, LevelPositions place,
            boolean[] nulled) {
        GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
        Object[] raw = new Object[sources.size()];
        resolve(sources, type, definition, field, raw);
        Object[] completed = new Object[raw.length];
        boolean[] reported = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] instanceof LevelResolver.Failure failure) {
                report(failure.exception(), place.path(i).segment(field.getResultKey()), field);
                raw[i] = null;
                reported[i] = true;
            }
        }
        complete(raw, definition.getType(), field, place, field.getResultKey(), completed, reported);
        if (definition.getType() instanceof GraphQLNonNull) {
            for (int i = 0; i < completed.length; i++) {
                if (completed[i] == null) {
                    nulled[i] = true;
                    if (!reported[i]) {
                        missing(place.path(i).segment(field.getResultKey()), field);
                    }
                }
            }
        }
        return completed;
    }

    private void resolve(List<?> sources, GraphQLObjectType type, GraphQLFieldDefinition definition,
            MergedField field, Object[] raw) {
        DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
        try {
            Map<String, Object> arguments = definition.getArguments().isEmpty() ? Map.of()
                    : ValuesResolver.getArgumentValues(context.getGraphQLSchema().getCodeRegistry(),
                            definition.getArguments(), field.getArguments(), context.getCoercedVariables(),
                            graphQLContext, context.getLocale());
            ((LevelResolver) fetcher).resolveAll(sources, arguments, graphQLContext, raw);
        } catch (RuntimeException e) {
            Arrays.fill(raw, new LevelResolver.Failure(e));
        }
    }

    /**
     * Completes values of one output type. {@code reported} says, for each, that a null stands for a failure
     * already reported (or a null from below), not for a value that was missing.
     */
    private void complete(Object[] raw, GraphQLType type, MergedField field, LevelPositions place, String key,
            Object[] into, boolean[] reported) {
        GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType) {
            leaves(raw, inner, field, place, key, into, reported);
        } else if (inner instanceof GraphQLList list) {
            lists(raw, list.getWrappedType(), field, place, key, into, reported);
        } else {
            children(raw, (GraphQLObjectType) inner, field, place, key, into, reported);
        }
    }

    private void leaves(Object[] raw, GraphQLType type, MergedField field, LevelPositions place, String key,
            Object[] into, boolean[] reported) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null) {
                continue;
            }
            try {
                into[i] = type instanceof GraphQLEnumType enumType
                        ? enumType.serialize(raw[i], graphQLContext, context.getLocale())
                        : ((GraphQLScalarType) type).getCoercing().serialize(raw[i], graphQLContext,
                                context.getLocale());
            } catch (RuntimeException e) {
                report(e, place.path(i, key), field);
                reported[i] = true;
            }
        }
        count(raw.length);
    }

    private void children(Object[] raw, GraphQLObjectType type, MergedField field, LevelPositions place, String key,
            Object[] into, boolean[] reported) {
        List<Object> present = new ArrayList<>(raw.length);
        int[] parents = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != null) {
                parents[present.size()] = i;
                present.add(raw[i]);
            }
        }
        if (present.isEmpty()) {
            return;
        }
        MergedSelectionSet selection = collector.collectFields(FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema()).objectType(type).graphQLContext(graphQLContext)
                .fragments(context.getFragmentsByName()).variables(context.getCoercedVariables().toMap())
                .build(), field);
        Object[] completed = objects(present, type, selection, new LevelPositions(place, key, parents, null));
        for (int j = 0; j < completed.length; j++) {
            into[parents[j]] = completed[j];
            reported[parents[j]] |= completed[j] == null;
        }
    }

    /** Lists: their items, all lists together, completed as one column; an item that must not be null nulls its list. */
    private void lists(Object[] raw, GraphQLType itemType, MergedField field, LevelPositions place, String key,
            Object[] into, boolean[] reported) {
        List<Object> items = new ArrayList<>();
        int[] sizes = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != null) {
                for (Object item : iterable(raw[i])) {
                    items.add(item);
                    sizes[i]++;
                }
            }
        }
        int[] parents = new int[items.size()];
        int[] positions = new int[items.size()];
        for (int i = 0, j = 0; i < raw.length; i++) {
            for (int n = 0; n < sizes[i]; n++, j++) {
                parents[j] = i;
                positions[j] = n;
            }
        }
        Object[] completed = new Object[items.size()];
        boolean[] itemReported = new boolean[items.size()];
        LevelPositions itemPlaces = new LevelPositions(place, key, parents, positions);
        complete(items.toArray(), itemType, field, itemPlaces, null, completed, itemReported);
        boolean itemsNonNull = itemType instanceof GraphQLNonNull;
        for (int i = 0, j = 0; i < raw.length; i++) {
            if (raw[i] == null) {
                continue;
            }
            Object[] list = Arrays.copyOfRange(completed, j, j + sizes[i]);
            boolean nullItem = false;
            for (int n = 0; n < sizes[i]; n++, j++) {
                if (itemsNonNull && completed[j] == null) {
                    nullItem = true;
                    if (!itemReported[j]) {
                        missing(itemPlaces.path(j), field);
                    }
                }
            }
            into[i] = nullItem ? null : list;
            reported[i] |= nullItem;
        }
    }

    private void report(Throwable failure, ResultPath path, MergedField field) {
        errors.add(CodedErrors.fieldError(failure, path, field.getSingleField().getSourceLocation()));
    }

    private void missing(ResultPath path, MergedField field) {
        errors.add(CodedErrors.fieldError(new IllegalStateException("A non-null field has no value at " + path),
                path, field.getSingleField().getSourceLocation()));
    }

    private void count(long added) {
        values += added;
        if (values > maxValues) {
            throw new TooManyValues();
        }
    }

    /** The answer outgrew what its cost allowed: stop. */
    static final class TooManyValues extends RuntimeException {
        TooManyValues() {
            super(null, null, false, false);
        }
    }

    private static Object[] filled(int count, Object value) {
        Object[] values = new Object[count];
        Arrays.fill(values, value);
        return values;
    }

    private static Iterable<?> iterable(Object list) {
        if (list instanceof Iterable<?> iterable) {
            return iterable;
        }
        if (list instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new IllegalStateException("A list field gave a " + list.getClass().getSimpleName());
    }
}
