package org.telebarometer.nativeimage;

import java.lang.reflect.Constructor;

import io.smallrye.config.ConfigMappingContext;
import io.smallrye.config.ConfigMappingLoader;

/** The constructor of each configuration mapping's implementation, looked up once ({@link Target_ConfigMappingLoader}). */
final class MappingConstructors {

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> mapping) {
            try {
                Constructor<?> constructor = ConfigMappingLoader.ensureLoaded(mapping).implementation()
                        .getDeclaredConstructor(ConfigMappingContext.class);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new NoSuchMethodError(e.getMessage());
            }
        }
    };

    private MappingConstructors() {
    }

    static Constructor<?> of(Class<?> mapping) {
        return CONSTRUCTORS.get(mapping);
    }
}
