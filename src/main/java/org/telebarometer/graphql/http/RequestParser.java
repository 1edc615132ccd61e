package org.telebarometer.graphql.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.engine.GraphQLRequest;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * Reads a GraphQL request from its HTTP form, as the GraphQL-over-HTTP specification describes it: a JSON body
 * ({@code {"query", "operationName", "variables", "extensions"}}), a body of type {@code application/graphql} that
 * is the query itself, or the same fields as query parameters of a GET. Anything else is an
 * {@link ErrorCode#INVALID_REQUEST} that says what is wrong.
 */
final class RequestParser {

    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql";

    private final ObjectMapper json;
    private final ObjectReader strictJson;

    RequestParser(ObjectMapper json) {
        this.json = json;
        this.strictJson = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    GraphQLRequest post(String contentType, Buffer body) {
        String type = contentType == null ? JSON : contentType.toLowerCase(Locale.ROOT);
        if (body == null || body.length() == 0) {
            throw invalid("The request body is empty: send {\"query\": \"...\"} as application/json.");
        }
        if (type.startsWith(GRAPHQL)) {
            return new GraphQLRequest(body.toString(), null, null, null);
        }
        if (!type.startsWith(JSON) && !type.startsWith("application/graphql-response+json")) {
            throw invalid("Send the request as application/json ({\"query\": \"...\"}) or application/graphql (the "
                    + "query itself), not " + contentType + ".");
        }
        JsonNode request = parse(body.getBytes(), "The request body");
        if (!request.isObject()) {
            throw invalid("The request body must be a JSON object: {\"query\": \"...\", \"variables\": {...}}.");
        }
        return request(text(request.get("query"), "query"), text(request.get("operationName"), "operationName"),
                object(request.get("variables"), "variables"), object(request.get("extensions"), "extensions"));
    }

    GraphQLRequest get(MultiMap parameters) {
        return request(parameters.get("query"), blankToNull(parameters.get("operationName")),
                object(parseParameter(parameters.get("variables"), "variables"), "variables"),
                object(parseParameter(parameters.get("extensions"), "extensions"), "extensions"));
    }

    private GraphQLRequest request(String query, String operationName, Map<String, Object> variables,
            Map<String, Object> extensions) {
        if (query == null && !extensions.containsKey("persistedQuery")) {
            throw invalid("The request has no query: send {\"query\": \"{ metrics { code } }\"} (or the query "
                    + "parameter of a GET).");
        }
        return new GraphQLRequest(query, operationName, variables, extensions);
    }

    private JsonNode parseParameter(String text, String name) {
        return text == null || text.isBlank() ? null : parse(text.getBytes(StandardCharsets.UTF_8),
                "The " + name + " parameter");
    }

    private JsonNode parse(byte[] bytes, String what) {
        try {
            return strictJson.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw invalid(what + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(what + " cannot be read: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid("\"" + field + "\" must be a string.");
        }
        return node.textValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw invalid("\"" + field + "\" must be a JSON object, e.g. {\"first\": 10}.");
        }
        return json.convertValue(node, Map.class);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static ApiException invalid(String message) {
        return new ApiException(ErrorCode.INVALID_REQUEST, message);
    }
}
