package org.telebarometer.graphql.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns an argument as graphql-java coerced it (String, Integer, Double, Boolean, an enum's name, a List, a Map for
 * an input object) into the Java type of the resolver's parameter. Built once per parameter at start-up.
 */
final class ArgumentConverter {

    private ArgumentConverter() {
    }

    static Function<Object, Object> to(Type type, ObjectMapper json) {
        if (type instanceof Class<?> plain) {
            return scalar(plain, json);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Function<Object, Object> element = to(parameterized.getActualTypeArguments()[0], json);
            return value -> value == null ? null : list((List<?>) value, element);
        }
        JavaType javaType = json.getTypeFactory().constructType(type);
        return value -> value == null ? null : json.convertValue(value, javaType);
    }

    private static Function<Object, Object> scalar(Class<?> type, ObjectMapper json) {
        if (type == String.class) {
            return value -> value == null ? null : value.toString();
        }
        if (type == Integer.class || type == int.class) {
            return value -> value == null ? null : ((Number) value).intValue();
        }
        if (type == Double.class || type == double.class) {
            return value -> value == null ? null : ((Number) value).doubleValue();
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> value;
        }
        if (type.isEnum()) {
            return value -> value == null || type.isInstance(value) ? value : enumConstant(type, value.toString());
        }
        if (Map.class.isAssignableFrom(type)) {
            return value -> value;
        }
        return value -> value == null ? null : json.convertValue(value, type);
    }

    private static List<Object> list(List<?> values, Function<Object, Object> element) {
        List<Object> converted = new ArrayList<>(values.size());
        for (Object value : values) {
            converted.add(element.apply(value));
        }
        return converted;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }
}
