package org.telebarometer.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HQL condition of a selection and its named parameters, built condition by condition: what every entity's
 * finder that filters by criteria writes its {@code where} with.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /**
     * Keeps the rows whose {@code path} is one of {@code values}; nothing when there are none. One value is compared
     * with {@code =}: Hibernate keeps the SQL of such a statement, while it translates again a statement with a list
     * parameter each time it runs (measured: a tenth of a series history's CPU).
     */
    public Where in(String path, String name, Collection<?> values) {
        if (values.size() == 1) {
            return and(path + " = :" + name, name, values.iterator().next());
        }
        if (!values.isEmpty()) {
            return and(path + " in :" + name, name, values);
        }
        return this;
    }

    /** Adds a condition that uses the parameter {@code name}, unless {@code value} is null. */
    public Where andIfSet(String condition, String name, Object value) {
        return value == null ? this : and(condition, name, value);
    }

    /** Adds a condition that uses the parameter {@code name}. */
    public Where and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition whose parameters are given with {@link #parameter}. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The condition: every one added, joined with {@code and}; {@code 1 = 1} when there is none. */
    public String text() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
