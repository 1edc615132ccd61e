package org.telebarometer.graphql.engine;

import java.util.Map;

/**
 * One GraphQL request as a client sent it, whatever the transport: the query text, the name of the operation to run
 * (null when the document holds one), the variables and the protocol extensions (persisted queries).
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }

    public GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions);
    }
}
