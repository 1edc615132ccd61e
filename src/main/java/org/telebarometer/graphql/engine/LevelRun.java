package org.telebarometer.graphql.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.introspection.Introspection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * One operation's execution by {@link LevelExecution}: completes objects level after level, each field resolved once
 * for all the objects of its level, and keeps the operation's field errors and its count of values. The fields come
 * from graphql-java's normalized operation (aliases, fragments, {@code @skip}/{@code @include} and type conditions
 * already applied, arguments coerced): an object gets the fields meant for its object type.
 */
final class LevelRun {

    private final ExecutionContext context;
    private final GraphQLContext graphQLContext;
    private final ExecutableNormalizedOperation operation;
    private final ObjectTypes objectTypes;
    private final List<GraphQLError> errors = new ArrayList<>();
    private final LevelFetch fetch;
    private final int maxValues;
    private long values;

    LevelRun(ExecutionContext context, ExecutableNormalizedOperation operation, ObjectTypes objectTypes,
            int maxValues) {
        this.context = context;
        this.graphQLContext = context.getGraphQLContext();
        this.operation = operation;
        this.objectTypes = objectTypes;
        this.fetch = new LevelFetch(context, errors);
        this.maxValues = maxValues;
    }

    List<GraphQLError> errors() {
        return errors;
    }

    /**
     * Completes objects of one type: every field of the selection meant for that type, for all of them, field after
     * field (a mutation's root fields run in order).
     *
     * @return for each object its {@link ResultObject}, or null where a non-null field had no value
     */
    Object[] objects(List<?> sources, GraphQLObjectType type, List<ExecutableNormalizedField> selection,
            LevelPositions place) {
        List<ExecutableNormalizedField> fields = selection.stream()
                .filter(field -> field.getObjectTypeNames().contains(type.getName())).toList();
        int count = sources.size();
        String[] names = new String[fields.size()];
        Object[][] columns = new Object[names.length][];
        boolean[] nulled = new boolean[count];
        for (int k = 0; k < names.length; k++) {
            ExecutableNormalizedField field = fields.get(k);
            names[k] = field.getResultKey();
            columns[k] = field.getFieldName().equals(Introspection.TypeNameMetaFieldDef.getName())
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
    private Object[] field(List<?> sources, GraphQLObjectType type, ExecutableNormalizedField field,
            LevelPositions place, boolean[] nulled) {
        GraphQLFieldDefinition definition = definition(type, field.getFieldName());
        MergedField merged = operation.getMergedField(field);
        Object[] raw = new Object[sources.size()];
        fetch.resolve(sources, type, definition, merged, field.getResolvedArguments(), raw);
        Object[] completed = new Object[raw.length];
        boolean[] reported = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] instanceof LevelResolver.Failure failure) {
                report(failure.exception(), place.path(i).segment(field.getResultKey()), merged);
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
                        missing(place.path(i).segment(field.getResultKey()), merged);
                    }
                }
            }
        }
        return completed;
    }

    /** The definition of a field of a type, the introspection entry points of the query type included. */
    private GraphQLFieldDefinition definition(GraphQLObjectType type, String name) {
        if (type == context.getGraphQLSchema().getQueryType()) {
            if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                return Introspection.SchemaMetaFieldDef;
            }
            if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                return Introspection.TypeMetaFieldDef;
            }
        }
        return type.getFieldDefinition(name);
    }

    /**
     * Completes values of one output type. {@code reported} says, for each, that a null stands for a failure
     * already reported (or a null from below), not for a value that was missing.
     */
    private void complete(Object[] raw, GraphQLType type, ExecutableNormalizedField field, LevelPositions place,
            String key, Object[] into, boolean[] reported) {
        GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType) {
            leaves(raw, inner, field, place, key, into, reported);
        } else if (inner instanceof GraphQLList list) {
            lists(raw, list.getWrappedType(), field, place, key, into, reported);
        } else {
            children(raw, inner instanceof GraphQLObjectType object ? object : null, field, place, key, into,
                    reported);
        }
    }

    private void leaves(Object[] raw, GraphQLType type, ExecutableNormalizedField field, LevelPositions place,
            String key, Object[] into, boolean[] reported) {
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
                report(e, place.path(i, key), operation.getMergedField(field));
                reported[i] = true;
            }
        }
        count(raw.length);
    }

    /**
     * Objects: those of one object type completed together; for an interface or a union ({@code type} null), each
     * value's object type is found from its class, and the values of each object type are completed together.
     */
    private void children(Object[] raw, GraphQLObjectType type, ExecutableNormalizedField field, LevelPositions place,
            String key, Object[] into, boolean[] reported) {
        Map<GraphQLObjectType, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null) {
                continue;
            }
            try {
                byType.computeIfAbsent(type != null ? type : objectTypes.of(raw[i]), t -> new ArrayList<>()).add(i);
            } catch (IllegalStateException unknown) {
                report(unknown, place.path(i, key), operation.getMergedField(field));
                reported[i] = true;
            }
        }
        byType.forEach((objectType, indexes) -> {
            List<Object> present = new ArrayList<>(indexes.size());
            int[] parents = new int[indexes.size()];
            for (int j = 0; j < parents.length; j++) {
                parents[j] = indexes.get(j);
                present.add(raw[parents[j]]);
            }
            Object[] completed = objects(present, objectType, field.getChildren(),
                    new LevelPositions(place, key, parents, null));
            for (int j = 0; j < completed.length; j++) {
                into[parents[j]] = completed[j];
                reported[parents[j]] |= completed[j] == null;
            }
        });
    }

    /** Lists: their items, all lists together, completed as one column; an item that must not be null nulls its list. */
    private void lists(Object[] raw, GraphQLType itemType, ExecutableNormalizedField field, LevelPositions place,
            String key, Object[] into, boolean[] reported) {
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
                        missing(itemPlaces.path(j), operation.getMergedField(field));
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
