package org.telebarometer.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Posts GraphQL requests to the running application, as any client would.
 */
public final class GraphQL {

    /** The media type under which a request refused before it ran gets a 4xx status (GraphQL over HTTP). */
    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** Values such as 33.3 must compare equal to the doubles they were written from. */
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private GraphQL() {
    }

    /** The whole response of a request, whatever it holds. */
    public static JsonPath post(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }

    /** The whole response of a request sent with a bearer token (none when null). */
    public static JsonPath post(String query, Map<String, Object> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        // 401: a token that does not verify is refused before the request runs, with a coded GraphQL error
        String json = request
                .when().post("/graphql")
                .then().statusCode(anyOf(is(200), is(401))).contentType(ContentType.JSON)
                .extract().asString();
        return new JsonPath(json).using(DOUBLES);
    }

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    /** The data of a request that must succeed: fails the test when the response holds errors. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String json = given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .extract().asString();
        return new JsonPath(json).using(DOUBLES).setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The data of a request sent with a bearer token, that must succeed. */
    public static JsonPath data(String query, Map<String, Object> variables, String token) {
        JsonPath response = post(query, variables, token);
        if (response.get("errors") != null) {
            throw new AssertionError("Expected no error, got " + response.getList("errors"));
        }
        return response.setRootPath("data");
    }

    /** The error of a request that must fail with exactly one error. */
    public static Map<String, Object> error(String query, Map<String, Object> variables) {
        return error(query, variables, null);
    }

    /** The error of a request sent with a bearer token, that must fail with exactly one error. */
    public static Map<String, Object> error(String query, Map<String, Object> variables, String token) {
        List<Map<String, Object>> errors = post(query, variables, token).getList("errors");
        if (errors == null || errors.size() != 1) {
            throw new AssertionError("Expected exactly one error, got " + errors);
        }
        return errors.get(0);
    }

    public static Map<String, Object> error(String query) {
        return error(query, Map.of());
    }

    @SuppressWarnings("unchecked")
    public static String code(Map<String, Object> error) {
        return (String) ((Map<String, Object>) error.get("extensions")).get("code");
    }
}
