package org.telebarometer.graphql.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The object type of a value of an interface or union type: the object type named for its class (or the nearest
 * class above it that has one).
 */
final class ObjectTypes {

    private final GraphQLSchema schema;
    private final Map<String, String> typeByClassName;
    private final Map<Class<?>, GraphQLObjectType> resolved = new ConcurrentHashMap<>();

    /** @param typeByClassName the GraphQL object type of each Java class that has one, by the class' name */
    ObjectTypes(GraphQLSchema schema, Map<String, String> typeByClassName) {
        this.schema = schema;
        this.typeByClassName = Map.copyOf(typeByClassName);
    }

    /** @throws IllegalStateException when no class of the value's has an object type of the schema */
    GraphQLObjectType of(Object value) {
        return resolved.computeIfAbsent(value.getClass(), this::find);
    }

    private GraphQLObjectType find(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            String name = typeByClassName.get(candidate.getName());
            if (name != null && schema.getType(name) instanceof GraphQLObjectType object) {
                return object;
            }
        }
        throw new IllegalStateException("No GraphQL object type for a " + type.getName());
    }
}
