package org.telebarometer.graphql.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.graphql.schema.model.Argument;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A resolver method of a {@code @GraphQLApi} bean, ready to call with the arguments of a field: each parameter is
 * filled from its argument, converted to its type, or with the source object(s) for the one marked {@code @Source}.
 * <p>
 * The arguments' names come from SmallRye's model (its arguments are the method's parameters, in order), not from the
 * parameters' annotations: reading those parses them into annotation proxies, measured at a tenth of a native start.
 */
final class ApiMethod {

    private final Object bean;
    private final Method method;
    private final String[] names;
    private final Function<Object, Object>[] converters;
    private final int sourceIndex;

    @SuppressWarnings("unchecked")
    ApiMethod(Object bean, Method method, List<Argument> arguments, ObjectMapper json) {
        if (arguments.size() != method.getParameterCount()) {
            throw new IllegalStateException(method + " has " + method.getParameterCount() + " parameters, its field "
                    + arguments.size() + " arguments");
        }
        this.bean = bean;
        this.method = method;
        Type[] types = method.getGenericParameterTypes();
        this.names = new String[types.length];
        this.converters = new Function[types.length];
        int source = -1;
        for (int i = 0; i < types.length; i++) {
            if (arguments.get(i).isSourceArgument()) {
                source = i;
            } else {
                names[i] = arguments.get(i).getName();
                converters[i] = ArgumentConverter.to(types[i], json);
            }
        }
        this.sourceIndex = source;
    }

    /**
     * @param source the parent object, or the list of parents of a batch (ignored by root fields)
     * @param arguments the field's arguments as graphql-java coerced them, defaults applied
     */
    Object invoke(Object source, Map<String, Object> arguments) throws Exception {
        Object[] values = new Object[names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == sourceIndex ? source : converters[i].apply(arguments.get(names[i]));
        }
        try {
            return method.invoke(bean, values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The argument values that matter to a batch: those other than the source, in order. */
    Object[] argumentKey(Map<String, Object> arguments) {
        Object[] key = new Object[names.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = i == sourceIndex ? null : arguments.get(names[i]);
        }
        return key;
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
