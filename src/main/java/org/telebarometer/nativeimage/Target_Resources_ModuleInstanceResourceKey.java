package org.telebarometer.nativeimage;

import java.util.Objects;

import com.oracle.svm.core.annotate.Alias;
import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * The key of the native image's resource table, a record ({@code Resources.ModuleInstanceResourceKey(Module module,
 * String resource)}), with its {@code equals} and {@code hashCode} written out.
 * <p>
 * Why: the toolchain this project builds with leaves a record's generated {@code equals}/{@code hashCode} as method
 * handles that run through the lambda-form interpreter (about 9 µs a call against 0.3 µs on a cold JVM). Every
 * resource lookup compares such keys, once per module of the image: configuration files, service loaders, Flyway,
 * resource bundles. Measured at a sixth of a native restart's main thread and most of its first request
 * (bench/RESULTS.md). The hash is the record's (31 × the module's hash + the name's), as the table's keys were hashed
 * when the image was built.
 */
@TargetClass(className = "com.oracle.svm.core.jdk.Resources$ModuleInstanceResourceKey")
final class Target_Resources_ModuleInstanceResourceKey {

    @Alias
    private Module module;

    @Alias
    private String resource;

    @Substitute
    @Override
    public boolean equals(Object other) {
        return other instanceof Target_Resources_ModuleInstanceResourceKey key
                && module == key.module && Objects.equals(resource, key.resource);
    }

    @Substitute
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(module) + Objects.hashCode(resource);
    }
}
