package org.telebarometer.graphql.engine;

/**
 * One object of an answer, as {@link LevelExecution} builds it: a row of the columns of its level. The names of the
 * fields and the columns of their values (strings, numbers, booleans, dates, {@code ResultObject}s, arrays of those)
 * are shared by all the objects of the level.
 */
public final class ResultObject {

    private final String[] names;
    private final Object[][] columns;
    private final int row;

    ResultObject(String[] names, Object[][] columns, int row) {
        this.names = names;
        this.columns = columns;
        this.row = row;
    }

    public int size() {
        return names.length;
    }

    public String name(int field) {
        return names[field];
    }

    public Object value(int field) {
        return columns[field][row];
    }
}
