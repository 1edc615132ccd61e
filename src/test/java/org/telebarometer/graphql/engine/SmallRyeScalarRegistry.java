package org.telebarometer.graphql.engine;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

/**
 * SmallRye's scalar registry is one per JVM: a test that changes it puts lenient Int and Float in first (whatever an
 * earlier test registered), so that only what it calls can make them standard, and puts SmallRye's own back after.
 */
public final class SmallRyeScalarRegistry {

    private final Map<String, GraphQLScalarType> byJavaType = new HashMap<>(GraphQLScalarTypes.getScalarMap());
    private final GraphQLScalarType intType = GraphQLScalarTypes.getScalarByName("Int");
    private final GraphQLScalarType floatType = GraphQLScalarTypes.getScalarByName("Float");

    /** Remembers the registry as it is, then gives Int and Float lenient scalars of no library. */
    public static SmallRyeScalarRegistry withLenientIntAndFloat() {
        SmallRyeScalarRegistry saved = new SmallRyeScalarRegistry();
        GraphQLScalarTypes.registerCustomScalar("Int", "int", lenient("Int"));
        GraphQLScalarTypes.registerCustomScalar("Float", Double.class.getName(), lenient("Float"));
        return saved;
    }

    /** Puts the registry back as it was remembered. */
    public void restore() {
        GraphQLScalarTypes.registerCustomScalar("Int", "int", intType);
        GraphQLScalarTypes.registerCustomScalar("Float", Double.class.getName(), floatType);
        GraphQLScalarTypes.getScalarMap().clear();
        GraphQLScalarTypes.getScalarMap().putAll(byJavaType);
    }

    static GraphQLScalarType lenient(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() { }).build();
    }
}
