package org.telebarometer.graphql.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Reads a plain property of the parent object: a public field, a record component or a getter. graphql-java calls a
 * {@link LightDataFetcher} without building a {@link DataFetchingEnvironment}, and nothing else happens per value:
 * the few thousand properties of a page cost next to nothing. A list whose objects have batched fields is handed
 * down with its {@link Siblings}.
 * <p>
 * Read by reflection, not by method handles: a native executable runs a method handle made at run time through its
 * interpreter of lambda forms, where a reflective read of a registered member is a compiled accessor (measured: the
 * handles' adaptation and interpretation showed in the native start's profile); on the JVM both cost a few
 * nanoseconds a read.
 */
class PropertyFetcher implements LightDataFetcher<Object>, LevelResolver {

    private static final Object[] NO_ARGUMENTS = {};

    /** Reads the property of an object. */
    @FunctionalInterface
    private interface Getter {
        Object read(Object source) throws ReflectiveOperationException;
    }

    private final Getter getter;
    private final boolean handsDownSiblings;

    private PropertyFetcher(Getter getter, boolean handsDownSiblings) {
        this.getter = getter;
        this.handsDownSiblings = handsDownSiblings;
    }

    /**
     * @param name              the public field, or the public method (a getter, a record accessor), to read
     * @param batchedBelow      the property's objects have batched fields
     * @param list              the property is a list
     */
    static DataFetcher<Object> of(Class<?> owner, String name, boolean method, boolean batchedBelow, boolean list)
            throws ReflectiveOperationException {
        Getter getter = method ? methodGetter(owner.getMethod(name)) : fieldGetter(owner.getField(name));
        return batchedBelow && !list ? new ObjectWithSiblings(getter) : new PropertyFetcher(getter, batchedBelow);
    }

    /** A plain property read as it is, whatever its objects: the English or the French text of a label. */
    static PropertyFetcher plain(Class<?> owner, String name, boolean method) throws ReflectiveOperationException {
        return new PropertyFetcher(method ? methodGetter(owner.getMethod(name)) : fieldGetter(owner.getField(name)),
                false);
    }

    private static Getter methodGetter(Method method) {
        return source -> method.invoke(source, NO_ARGUMENTS);
    }

    private static Getter fieldGetter(Field field) {
        return field::get;
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        return value(source);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return value(environment.getSource());
    }

    @Override
    public void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = read(sources.get(i));
            } catch (Exception e) {
                values[i] = new Failure(e);
            }
        }
    }

    private Object value(Object source) throws Exception {
        Object value = read(source);
        return handsDownSiblings && value instanceof List<?> list ? Siblings.wrap(list) : value;
    }

    final Object read(Object source) throws Exception {
        try {
            return source == null ? null : getter.read(source);
        } catch (InvocationTargetException e) {
            // what the getter threw, as it threw it (its type decides the error's code)
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * An object property whose objects have batched fields: the object goes down with the siblings of the values
     * the same property gives for the parent's siblings (the node of each edge of a page, for instance).
     */
    private static final class ObjectWithSiblings implements DataFetcher<Object>, LevelResolver {

        private final PropertyFetcher property;

        ObjectWithSiblings(Getter getter) {
            this.property = new PropertyFetcher(getter, false);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object value = property.read(environment.getSource());
            if (value == null) {
                return null;
            }
            Siblings siblings = environment.getLocalContext() instanceof Siblings parents
                    && parents.indexOf(environment.getSource()) >= 0
                    ? parents.through(this, this::readQuietly) : Siblings.of(List.of(value));
            return DataFetcherResult.newResult().data(value).localContext(siblings).build();
        }

        @Override
        public void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context, Object[] values) {
            property.resolveAll(sources, arguments, context, values);
        }

        private Object readQuietly(Object source) {
            try {
                return property.read(source);
            } catch (Exception e) {
                return null;
            }
        }
    }
}
