package org.telebarometer.graphql.engine;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;

/**
 * Resolves one field for all the objects of a level at once (see {@link LevelExecution}).
 */
interface LevelResolver {

    /**
     * @param sources   the objects the field is asked on
     * @param arguments the field's arguments, the same for all of them
     * @param values    where the value for each source goes, in order; a failure for one source is put there as a
     *                  {@link Failure}
     */
    void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context, Object[] values);

    /** A field that could not be resolved for one object: reported as an error, its value null. */
    record Failure(Exception exception) {
    }
}
