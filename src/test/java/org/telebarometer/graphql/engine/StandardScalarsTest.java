package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

class StandardScalarsTest {

    private static final GraphQLScalarType LENIENT_INT = SmallRyeScalarRegistry.lenient("Int");

    private SmallRyeScalarRegistry registry;

    @BeforeEach
    void lenientScalarsInSmallRye() {
        registry = SmallRyeScalarRegistry.withLenientIntAndFloat();
    }

    @AfterEach
    void smallRyesOwnScalarsBack() {
        registry.restore();
    }

    @Test
    void smallRyeBuildsWithGraphqlJavasIntAndFloatOnceRegistered() {
        StandardScalars.registerWithSmallRye();

        assertThat(GraphQLScalarTypes.getScalarByName("Int")).isSameAs(Scalars.GraphQLInt);
        assertThat(GraphQLScalarTypes.getScalarByName("Float")).isSameAs(Scalars.GraphQLFloat);
        assertThat(GraphQLScalarTypes.getScalarByClassName("int")).isSameAs(Scalars.GraphQLInt);
        assertThat(GraphQLScalarTypes.getScalarByClassName(Double.class.getName())).isSameAs(Scalars.GraphQLFloat);
        assertThat(GraphQLScalarTypes.getScalarByName("String")).isSameAs(Scalars.GraphQLString);
    }

    @Test
    void aSchemaWithTheStandardScalarsIsChangedWithoutCopyingItsTypes() {
        GraphQLSchema built = schemaWith(Scalars.GraphQLInt);

        GraphQLSchema wired = StandardScalars.wire(built, schema -> schema.additionalType(Languages.TYPE));

        assertThat(StandardScalars.usedBy(built)).isTrue();
        assertThat(wired.getQueryType()).isSameAs(built.getQueryType());
        assertThat(wired.getType(Languages.TYPE.getName())).isSameAs(Languages.TYPE);
    }

    @Test
    void aSchemaWithALenientIntGetsGraphqlJavasEverywhere() {
        GraphQLSchema built = schemaWith(LENIENT_INT);

        GraphQLSchema wired = StandardScalars.wire(built, schema -> schema.additionalType(Languages.TYPE));

        assertThat(StandardScalars.usedBy(built)).isFalse();
        assertThat(wired.getType("Int")).isSameAs(Scalars.GraphQLInt);
        GraphQLFieldDefinition count = wired.getQueryType().getFieldDefinition("count");
        assertThat(count.getType()).isSameAs(Scalars.GraphQLInt);
        assertThat(count.getArgument("first").getType()).isSameAs(Scalars.GraphQLInt);
        assertThat(wired.getType(Languages.TYPE.getName())).isSameAs(Languages.TYPE);
    }

    private static GraphQLSchema schemaWith(GraphQLScalarType intType) {
        return GraphQLSchema.newSchema().query(GraphQLObjectType.newObject().name("Query")
                .field(GraphQLFieldDefinition.newFieldDefinition().name("count").type(intType)
                        .argument(GraphQLArgument.newArgument().name("first").type(intType))))
                .build();
    }
}
