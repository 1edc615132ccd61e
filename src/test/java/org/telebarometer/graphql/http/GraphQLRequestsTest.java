package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.HostileQueries;

/**
 * A request that cannot run gets HTTP 400 and one error with a stable code and a message in plain words: whatever
 * the content type, without the wording of graphql-java's internals, and nothing of it is kept.
 */
@QuarkusTest
class GraphQLRequestsTest {

    private static final String INTERNALS = "(?s).*(Value\\{|SRGQL|graphql\\.|java\\.|Exception|\\tat ).*";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {"query":                                          | not valid JSON
            trailing content          | {"query": "{ metrics { code } }"} {"query": "x"}  | not valid JSON
            an array                  | [{"query": "{ metrics { code } }"}]                | must be a JSON object
            no query                  | {"variables": {}}                                  | has no query
            a query that is a number  | {"query": 42}                                      | must be a string
            variables that are a list | {"query": "{ metrics { code } }", "variables": [1]} | must be a JSON object
            """)
    void aMalformedEnvelopeIsAnInvalidRequest(String what, String body, String hint) {
        post(ContentType.JSON, body).statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_REQUEST"))
                .body("errors[0].message", containsString(hint));
    }

    @Test
    void anEmptyBodyIsAnInvalidRequest() {
        post(ContentType.JSON, "").statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_REQUEST"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a syntax error            | { metrics { code                                    | does not parse
            an unknown field          | { metrics { colour } }                              | 'colour' in type 'Metric' is undefined
            a wrong argument type     | { observations(first: "ten") { totalCount } }      | argument 'first'
            an Int beyond 32 bits     | { observations(first: 3000000000) { totalCount } } | 3000000000
            a missing argument        | { seriesByKey { key } }                             | key
            an empty query            | `   `                                               | empty
            """)
    void aQueryThatCannotRunIsAnInvalidQueryInPlainWords(String what, String query, String hint) {
        ValidatableResponse response = post(ContentType.JSON, json(query)).statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY"))
                .body("errors[0].message", containsString(hint))
                .body("data", equalTo(null));
        assertThat(response.extract().asString()).doesNotMatch(INTERNALS);
    }

    @Test
    void anIntVariableBeyond32BitsIsInvalidVariables() {
        String body = "{\"query\": \"query($n: Int) { observations(first: $n) { totalCount } }\", "
                + "\"variables\": {\"n\": 3000000000}}";

        String answer = post(ContentType.JSON, body).statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_VARIABLES"))
                .extract().asString();
        assertThat(answer).doesNotMatch(INTERNALS);
    }

    @Test
    void theGraphqlContentTypeGetsTheSameAnswersCodesAndLimits() {
        post("application/graphql", "{ metrics(first: 1) { code } }").statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY"));
        post("application/graphql", HostileQueries.NESTED_LISTS).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        post("application/graphql", "{ namedPeriods { code } }").statusCode(200)
                .body("data.namedPeriods.code", hasItem("FIRST_LOCKDOWN"));
    }

    @Test
    void anotherContentTypeIsRefused() {
        post(ContentType.TEXT, "{ metrics { code } }").statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_REQUEST"))
                .body("errors[0].message", containsString("application/json"));
    }

    @Test
    void aMutationOverGetIsRefused() {
        given().queryParam("query", "mutation { deletePublication(id: \"cnam-2020-03-31\") { id } }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("OPERATION_NOT_ALLOWED"));
    }

    @Test
    void severalOperationsNeedAName() {
        post(ContentType.JSON, json("query A { metrics { code } } query B { namedPeriods { code } }")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY"))
                .body("errors[0].message", containsString("operationName"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query A { metrics { code } } query B { namedPeriods { code } }",
                        "operationName", "B"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.namedPeriods", not(equalTo(List.of())));
    }

    private static String json(String query) {
        return "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static ValidatableResponse post(Object contentType, String body) {
        var request = given().body(body.getBytes(StandardCharsets.UTF_8));
        request = contentType instanceof ContentType type ? request.contentType(type)
                : request.contentType((String) contentType);
        return request.when().post("/graphql").then();
    }
}
