package org.telebarometer.graphql.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 */
class PropertyFetcher implements LightDataFetcher<Object>, LevelResolver {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final MethodHandle getter;
    private final boolean handsDownSiblings;

    PropertyFetcher(MethodHandle getter, boolean handsDownSiblings) {
        this.getter = getter.asType(GETTER);
        this.handsDownSiblings = handsDownSiblings;
    }

    /**
     * @param name              the public field, or the public method (a getter, a record accessor), to read
     * @param batchedBelow      the property's objects have batched fields
     * @param list              the property is a list
     */
    static DataFetcher<Object> of(Class<?> owner, String name, boolean method, boolean batchedBelow, boolean list)
            throws ReflectiveOperationException {
        MethodHandle getter = method ? MethodHandles.publicLookup().unreflect(owner.getMethod(name))
                : MethodHandles.publicLookup().unreflectGetter(owner.getField(name));
        return batchedBelow && !list ? new ObjectWithSiblings(getter) : new PropertyFetcher(getter, batchedBelow);
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
            return source == null ? null : getter.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * An object property whose objects have batched fields: the object goes down with the siblings of the values
     * the same property gives for the parent's siblings (the node of each edge of a page, for instance).
     */
    private static final class ObjectWithSiblings implements DataFetcher<Object>, LevelResolver {

        private final PropertyFetcher property;

        ObjectWithSiblings(MethodHandle getter) {
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
