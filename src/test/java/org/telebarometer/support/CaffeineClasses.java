package org.telebarometer.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableBean;

/**
 * The classes Caffeine generated for the caches the running application holds: for every cache found in the
 * application's beans (and the objects of the application they hold), the class of the cache and the class of its
 * entries. Caffeine picks them by name from the features a cache was built with, so the native image knows them only
 * if they are registered; this finds them as built, with no list kept by hand.
 */
public final class CaffeineClasses {

    private static final String CAFFEINE = "com.github.benmanes.caffeine.cache.";
    private static final String APPLICATION = "org.telebarometer.";
    private static final int DEPTH = 3;

    private CaffeineClasses() {
    }

    /** The generated cache and entry classes of every cache the application's beans hold. */
    public static Set<String> ofTheApplication() {
        Set<String> classes = new TreeSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        BeanManager beans = Arc.container().beanManager();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().getName().startsWith(APPLICATION) && isApplicationWide(bean)) {
                Object reference = beans.getReference(bean, Object.class, beans.createCreationalContext(bean));
                collect(ClientProxy.unwrap(reference), DEPTH, seen, classes);
            }
        }
        return classes;
    }

    /** A bean of a class of the application that lives as long as the application (where caches live). */
    private static boolean isApplicationWide(Bean<?> bean) {
        return bean instanceof InjectableBean<?> injectable && injectable.getKind() == InjectableBean.Kind.CLASS
                && (bean.getScope() == ApplicationScoped.class || bean.getScope() == Singleton.class);
    }

    private static void collect(Object object, int depth, Set<Object> seen, Set<String> classes) {
        if (object == null || depth == 0 || !seen.add(object)) {
            return;
        }
        if (object.getClass().getName().startsWith(CAFFEINE)) {
            Object local = read(object, "cache");
            classes.add(local.getClass().getName());
            classes.add(read(local, "nodeFactory").getClass().getName());
            return;
        }
        for (Class<?> type = object.getClass(); type.getName().startsWith(APPLICATION); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                    Object value = read(object, field);
                    if (value != null && (value.getClass().getName().startsWith(APPLICATION)
                            || value.getClass().getName().startsWith(CAFFEINE))) {
                        collect(value, depth - 1, seen, classes);
                    }
                }
            }
        }
    }

    private static Object read(Object object, String name) {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return read(object, field);
                }
            }
        }
        throw new IllegalStateException(object.getClass() + " has no field " + name
                + ": Caffeine's internals changed, update " + CaffeineClasses.class.getSimpleName());
    }

    private static Object read(Object object, Field field) {
        try {
            field.setAccessible(true);
            return field.get(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
