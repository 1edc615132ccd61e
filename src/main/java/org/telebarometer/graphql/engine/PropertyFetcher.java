package org.telebarometer.graphql.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Reads a plain property of the parent object: a public field, a record component or a getter. graphql-java calls a
 * {@link LightDataFetcher} without building a {@link DataFetchingEnvironment}, and nothing else happens per value:
 * the few thousand properties of a page cost next to nothing.
 */
final class PropertyFetcher implements LightDataFetcher<Object> {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final MethodHandle getter;

    private PropertyFetcher(MethodHandle getter) {
        this.getter = getter.asType(GETTER);
    }

    /** A fetcher of the public field {@code name} of {@code owner}. */
    static PropertyFetcher field(Class<?> owner, String name) throws ReflectiveOperationException {
        return new PropertyFetcher(MethodHandles.publicLookup().unreflectGetter(owner.getField(name)));
    }

    /** A fetcher that calls the public method {@code name} (a getter or a record accessor) of {@code owner}. */
    static PropertyFetcher method(Class<?> owner, String name) throws ReflectiveOperationException {
        return new PropertyFetcher(MethodHandles.publicLookup().unreflect(owner.getMethod(name)));
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        return read(source);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return read(environment.getSource());
    }

    private Object read(Object source) throws Exception {
        try {
            return source == null ? null : getter.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
