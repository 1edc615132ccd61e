package org.telebarometer.graphql.http;

import java.util.Locale;

/**
 * The media type of an answer, from the request's {@code Accept} header as GraphQL over HTTP reads it:
 * {@code application/graphql-response+json} when the client accepts it at least as much as {@code application/json},
 * {@code application/json} otherwise, and when there is no header or only wildcards ({@code *}{@code /*}).
 */
enum AcceptedType {

    /** Errors of a well-formed request come with 200, as clients of plain JSON expect. */
    JSON("application/json; charset=utf-8"),
    /** A request refused before it ran comes with a 4xx status. */
    GRAPHQL_RESPONSE("application/graphql-response+json; charset=utf-8");

    private static final String GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json";
    private static final String JSON_TYPE = "application/json";

    final String contentType;

    AcceptedType(String contentType) {
        this.contentType = contentType;
    }

    static AcceptedType of(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        double graphqlResponse = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            switch (type) {
                case GRAPHQL_RESPONSE_TYPE -> graphqlResponse = Math.max(graphqlResponse, quality);
                case JSON_TYPE, "application/*", "*/*" -> json = Math.max(json, quality);
                default -> {
                }
            }
        }
        return graphqlResponse > 0 && graphqlResponse >= json ? GRAPHQL_RESPONSE : JSON;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
