package org.telebarometer.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.Scalars;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

import org.telebarometer.graphql.engine.SmallRyeScalarRegistry;

class StandardScalarsFeatureTest {

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
    void theNativeBuildRunsTheFeature() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }

        assertThat(Arrays.asList(properties.getProperty("quarkus.native.additional-build-args").split(",")))
                .contains("--features=" + StandardScalarsFeature.class.getName());
    }

    @Test
    void theFeatureGivesSmallRyeGraphqlJavasInt() {
        new StandardScalarsFeature().duringSetup(null);

        assertThat(GraphQLScalarTypes.getScalarByName("Int")).isSameAs(Scalars.GraphQLInt);
        assertThat(GraphQLScalarTypes.getScalarByName("Float")).isSameAs(Scalars.GraphQLFloat);
    }
}
