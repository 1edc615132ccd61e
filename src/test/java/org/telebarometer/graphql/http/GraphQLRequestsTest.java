package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.HostileQueries;
import org.telebarometer.support.Tokens;

/**
 * A request that cannot run gets one error with a stable code and a message in plain words: whatever the content
 * type, without the wording of graphql-java's internals, and nothing of it is kept. Its status is the one GraphQL over
 * HTTP gives for the media type the client accepts: 400 under {@code application/graphql-response+json}, 200 under
 * {@code application/json}, which is also what a client without a preference gets.
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
            a wrong argument type     | { observations(first: "ten") { totalCount } }      | Argument 'first' expects Int
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

    @Test
    void underPlainJsonARefusedRequestIsAnsweredWith200AndItsErrors() {
        given().contentType(ContentType.JSON).accept("application/json").body(json("{ metrics { colour } }"))
                .when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .header("Vary", containsString("Accept"))
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY")).body("data", equalTo(null));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            */*                                                        | application/json                  | 200
            application/graphql-response+json;q=0.5, application/json | application/json                  | 200
            application/json;q=0.9, application/graphql-response+json | application/graphql-response+json | 400
            application/graphql-response+json, application/json       | application/graphql-response+json | 400
            """)
    void theAcceptedMediaTypeDecidesTheStatusOfARefusal(String accept, String mediaType, int status) {
        given().contentType(ContentType.JSON).accept(accept).body(json("{ metrics { colour } }"))
                .when().post("/graphql")
                .then().statusCode(status).contentType(startsWith(mediaType))
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY"));
    }

    @Test
    void withoutAnAcceptHeaderTheAnswerIsPlainJson() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        json("{ metrics { colour } }"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("INVALID_QUERY");
    }

    @Test
    void aReadWithATokenThatDoesNotVerifyIsRefusedWith401() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.expiredEditor("alice"))
                .body(json("{ metrics { code } }"))
                .when().post("/graphql")
                .then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"))
                .body("errors[0].extensions.code", equalTo("INVALID_TOKEN")).body("data", equalTo(null));
        given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").queryParam("query", "{ metrics { code } }")
                .when().get("/graphql")
                .then().statusCode(401).body("errors[0].extensions.code", equalTo("INVALID_TOKEN"));
    }

    @Test
    void aReadWithAValidTokenIsAnswered() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.reader("bob"))
                .body(json("{ metrics { code } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.metrics.code", hasItem("TELECONSULTATIONS"));
    }

    private static ValidatableResponse post(Object contentType, String body) {
        var request = given().accept(GraphQL.GRAPHQL_RESPONSE).body(body.getBytes(StandardCharsets.UTF_8));
        request = contentType instanceof ContentType type ? request.contentType(type)
                : request.contentType((String) contentType);
        return request.when().post("/graphql").then();
    }
}
