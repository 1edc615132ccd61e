package org.telebarometer.graphql.engine;

import graphql.language.OperationDefinition;

/**
 * The operation a request ran: its type, and its root fields as a bounded label (a field's name, or the first
 * name followed by ",..." when there are several).
 */
public record ExecutedOperation(OperationDefinition.Operation type, String rootFields) {

    static final String KEY = ExecutedOperation.class.getName();

    /** A request that never reached an operation: its envelope, its syntax or its operation name was wrong. */
    public static final ExecutedOperation INVALID = new ExecutedOperation(null, "invalid");

    public boolean isQuery() {
        return type == OperationDefinition.Operation.QUERY;
    }

    public String typeLabel() {
        return type == null ? "INVALID" : type.name();
    }
}
