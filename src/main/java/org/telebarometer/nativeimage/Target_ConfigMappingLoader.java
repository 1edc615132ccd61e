package org.telebarometer.nativeimage;

import java.lang.reflect.InvocationTargetException;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

import io.smallrye.config.ConfigMappingContext;
import io.smallrye.config.ConfigMappingLoader;

/**
 * SmallRye Config's construction of a configuration mapping (every {@code @ConfigMapping} of Quarkus, of its extensions
 * and of this application, at every start), by the implementation's constructor rather than by a method handle.
 * <p>
 * Why: a native executable runs a method handle made at run time (not one native-image could compile at build
 * time) through the lambda-form interpreter, allocating at each step; natively a reflective constructor is a compiled
 * call. The mappings' construction was measured at about a tenth of a native restart (bench/RESULTS.md). The
 * constructor is the one SmallRye looks up ({@code (ConfigMappingContext)}), registered for the image as SmallRye's
 * lookup needs it.
 */
@TargetClass(ConfigMappingLoader.class)
final class Target_ConfigMappingLoader {

    @Substitute
    @SuppressWarnings("unchecked")
    static <T> T configMappingObject(Class<T> mapping, ConfigMappingContext context) {
        try {
            return (T) MappingConstructors.of(mapping).newInstance(context);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct the configuration mapping " + mapping.getName(), e);
        }
    }
}
