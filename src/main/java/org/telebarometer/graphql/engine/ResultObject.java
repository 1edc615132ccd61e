package org.telebarometer.graphql.engine;

/**
 * One object of an answer, as {@link LevelExecution} builds it: the names of its fields (shared by all the objects
 * of a level) and their values (strings, numbers, booleans, dates, {@code ResultObject}s, arrays of those).
 */
public record ResultObject(String[] names, Object[] values) {
}
