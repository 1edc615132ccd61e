package org.telebarometer.nativeimage;

import org.graalvm.nativeimage.hosted.Feature;

import org.telebarometer.graphql.engine.StandardScalars;

/**
 * What the application's {@code main} does on the JVM, done when the native executable is built: SmallRye builds its
 * GraphQL schema in Quarkus' static initialization, which native-image runs at build time (the schema is part of the
 * executable), long before {@code main}. Registered with {@code --features} in application.properties.
 */
public final class StandardScalarsFeature implements Feature {

    @Override
    public void duringSetup(DuringSetupAccess access) {
        StandardScalars.registerWithSmallRye();
    }
}
