package org.telebarometer.graphql.engine;

import java.util.Map;
import java.util.function.Consumer;

import graphql.Scalars;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

import org.jboss.logging.Logger;

/**
 * graphql-java's own Int, Float, String, Boolean and ID in place of SmallRye's, which are lenient: its Int takes "ten"
 * and wraps 3000000000 around to a negative number, where the specification wants an error.
 * <p>
 * Two ways to the same schema. Before Quarkus starts, {@link #registerWithSmallRye()} puts graphql-java's Int and Float
 * in SmallRye's scalar registry, so that SmallRye builds its schema with them and the executable schema is that schema
 * plus this package's fetchers: the application's {@code main} does it on the JVM, and
 * {@code org.telebarometer.nativeimage.StandardScalarsFeature} when the native executable is built (SmallRye's schema
 * is built then). Where SmallRye's schema was built without them (the tests start Quarkus without the application's
 * {@code main}), {@link #wire} swaps them in a rebuild of the whole schema: graphql-java's {@code SchemaTransformer}
 * copies every type that reaches an Int, which was 11 % of a native restart's samples.
 */
public final class StandardScalars extends GraphQLTypeVisitorStub {

    private static final Map<String, GraphQLScalarType> STANDARD = Map.of("Int", Scalars.GraphQLInt,
            "Float", Scalars.GraphQLFloat, "String", Scalars.GraphQLString, "Boolean", Scalars.GraphQLBoolean,
            "ID", Scalars.GraphQLID);
    /** The ones SmallRye has its own of (it already uses graphql-java's String, Boolean and ID), by a Java type. */
    private static final Map<GraphQLScalarType, Class<?>> LENIENT_IN_SMALLRYE = Map.of(Scalars.GraphQLInt,
            Integer.class, Scalars.GraphQLFloat, Double.class);

    private static final Logger LOG = Logger.getLogger(StandardScalars.class);

    private StandardScalars() {
    }

    /**
     * Makes SmallRye build its schema with graphql-java's Int and Float. SmallRye builds it in Quarkus' static
     * initialization, so this must run before: in the application's {@code main}, or while native-image sets up.
     */
    public static void registerWithSmallRye() {
        LENIENT_IN_SMALLRYE.forEach((standard, javaType) -> {
            GraphQLScalarTypes.getScalarMap().replaceAll((name, scalar) ->
                    scalar.getName().equals(standard.getName()) ? standard : scalar);
            GraphQLScalarTypes.registerCustomScalar(standard.getName(), javaType.getName(), standard);
        });
    }

    /**
     * The schema with graphql-java's scalars, changed by {@code change} (its fetchers, its added types): rebuilt once,
     * and its types copied only when SmallRye built them with its own scalars.
     */
    static GraphQLSchema wire(GraphQLSchema built, Consumer<GraphQLSchema.Builder> change) {
        if (usedBy(built)) {
            LOG.debug("SmallRye's schema has graphql-java's scalars: built again without copying its types");
            return built.transform(change);
        }
        LOG.debug("SmallRye's schema has its own scalars: its types are copied with graphql-java's");
        return SchemaTransformer.transformSchema(built, new StandardScalars(), change);
    }

    /** Whether every standard scalar the schema has is graphql-java's own. */
    static boolean usedBy(GraphQLSchema schema) {
        return STANDARD.values().stream().allMatch(standard -> {
            GraphQLType type = schema.getType(standard.getName());
            return type == null || type == standard;
        });
    }

    @Override
    public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
        GraphQLScalarType standard = STANDARD.get(scalar.getName());
        return standard == null || standard == scalar ? TraversalControl.CONTINUE : changeNode(context, standard);
    }
}
