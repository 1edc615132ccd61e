package org.telebarometer.importing;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.telebarometer.graphql.ErrorCode;

/**
 * The longest text each column takes, read from the {@code @Size} constraints of the entities (which Hibernate
 * Validator also enforces when an entity is written): an import is checked against them first, so that a value too
 * long for its column is a problem reported with its path, not a failure of the database.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** @return the maximum length of the text field {@code field} of {@code entity} */
    public static int maxLength(Class<?> entity, String field) {
        return size(field(entity, field).getAnnotation(Size.class), entity, field);
    }

    /** @return the maximum number of items of the list field {@code field} */
    public static int maxItems(Class<?> entity, String field) {
        return maxLength(entity, field);
    }

    /** @return the maximum length of each item of the list field {@code field} */
    public static int maxItemLength(Class<?> entity, String field) {
        AnnotatedType type = field(entity, field).getAnnotatedType();
        if (type instanceof AnnotatedParameterizedType list) {
            return size(list.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class), entity, field);
        }
        throw new IllegalArgumentException(entity.getSimpleName() + "." + field + " is not a list");
    }

    /** A problem when {@code text} is longer than its column allows, else null. */
    static ImportProblem check(String path, String text, Class<?> entity, String field) {
        int max = maxLength(entity, field);
        return text != null && text.length() > max ? tooLong(path, text, max) : null;
    }

    /** Problems of a list whose items and count are bounded. */
    static List<ImportProblem> checkList(String path, List<String> items, Class<?> entity, String field) {
        if (items.size() > maxItems(entity, field)) {
            return List.of(new ImportProblem(path, ErrorCode.VALUE_TOO_LONG, "At most "
                    + maxItems(entity, field) + " items are allowed (got " + items.size() + ")."));
        }
        int max = maxItemLength(entity, field);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && items.get(i).length() > max) {
                return List.of(tooLong(path + "[" + i + "]", items.get(i), max));
            }
        }
        return List.of();
    }

    private static ImportProblem tooLong(String path, String text, int max) {
        return new ImportProblem(path, ErrorCode.VALUE_TOO_LONG, "At most " + max
                + " characters are allowed (got " + text.length() + "): shorten it.");
    }

    private static int size(Size size, Class<?> entity, String field) {
        if (size == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + "." + field + " states no @Size");
        }
        return size.max();
    }

    private static Field field(Class<?> entity, String name) {
        try {
            return entity.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(entity.getSimpleName() + " has no field " + name, e);
        }
    }
}
