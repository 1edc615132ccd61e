package org.telebarometer.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.oracle.svm.core.annotate.Alias;
import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * Each native-image substitution of this package still matches the library class it replaces code of: a library
 * upgrade that renames a substituted method or an aliased field would otherwise show only in a native build (a
 * "Could not find target method" error after minutes of analysis). Targets inside the native-image toolchain itself
 * ({@code com.oracle.svm.*}) are not on a JVM's class path: the native build checks those.
 */
class SubstitutionsTest {

    private static final String TOOLCHAIN_PACKAGE = "com.oracle.svm.";

    @Test
    void everySubstitutedMethodAndAliasedFieldExistsInItsTarget() throws Exception {
        List<Class<?>> substitutions = substitutionClasses();
        assertFalse(substitutions.isEmpty(), "no @TargetClass found in " + SubstitutionsTest.class.getPackageName());
        List<String> checked = new ArrayList<>();
        for (Class<?> substitution : substitutions) {
            String targetName = targetName(substitution);
            if (targetName.startsWith(TOOLCHAIN_PACKAGE)) {
                continue;
            }
            Class<?> target = Class.forName(targetName, false, SubstitutionsTest.class.getClassLoader());
            for (Method method : substitution.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Substitute.class)) {
                    checkMethod(target, method);
                    checked.add(target.getSimpleName() + "." + method.getName());
                }
            }
            for (Field field : substitution.getDeclaredFields()) {
                if (field.isAnnotationPresent(Alias.class)) {
                    assertEquals(field.getType(), target.getDeclaredField(field.getName()).getType(),
                            target.getName() + "." + field.getName());
                }
            }
        }
        assertTrue(checked.contains("ExecutionService.getGraphQL"), "checked: " + checked);
        assertTrue(checked.contains("ConfigMappingLoader.configMappingObject"), "checked: " + checked);
    }

    private static void checkMethod(Class<?> target, Method substitute) throws NoSuchMethodException {
        Method original = target.getDeclaredMethod(substitute.getName(), substitute.getParameterTypes());
        String name = target.getName() + "." + substitute.getName();
        assertEquals(original.getReturnType(), substitute.getReturnType(), name + " returns another type");
        assertEquals(Modifier.isStatic(original.getModifiers()), Modifier.isStatic(substitute.getModifiers()),
                name + " is static in one and not the other");
    }

    private static String targetName(Class<?> substitution) {
        TargetClass target = substitution.getAnnotation(TargetClass.class);
        return target.className().isEmpty() ? target.value().getName() : target.className();
    }

    private static List<Class<?>> substitutionClasses() throws IOException {
        String packageName = SubstitutionsTest.class.getPackageName();
        try (Stream<Path> files = Files.list(Path.of("target/classes", packageName.split("\\.")))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
                    .<Class<?>>map(name -> load(packageName + "." + name.replace(".class", "")))
                    .filter(type -> type.isAnnotationPresent(TargetClass.class)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SubstitutionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
