package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

/**
 * Automatic persisted queries, as Apollo Client's link sends them: the hash alone first, the hash and the query when
 * the hash is unknown, then the hash alone, over POST or GET.
 */
@QuarkusTest
class PersistedQueriesTest {

    @Test
    void anUnknownHashAsksForTheQueryThenTheHashIsEnough() {
        String query = "{ namedPeriods { code label } } # " + System.nanoTime();
        String hash = PersistedQueries.sha256(query);

        post(null, hash).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"));
        post(query, hash).statusCode(200).body("data.namedPeriods.code", hasItem("FIRST_LOCKDOWN"));
        post(null, hash).statusCode(200).body("data.namedPeriods.code", hasItem("FIRST_LOCKDOWN"));
        given().queryParam("extensions", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.namedPeriods.code", hasItem("FIRST_LOCKDOWN"));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndNothingIsRegistered() {
        String query = "{ metrics { code } } # " + System.nanoTime();
        String otherHash = PersistedQueries.sha256(query + " ");

        post(query, otherHash).statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_MISMATCH"));
        post(null, otherHash).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void anotherVersionOrAMalformedHashIsAnInvalidRequest() {
        send(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "0".repeat(64)))))
                .statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_REQUEST"))
                .body("errors[0].message", containsString("version 1"));
        send(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "xyz"))))
                .statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_REQUEST"));
    }

    private static ValidatableResponse post(String query, String hash) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return send(body);
    }

    private static ValidatableResponse send(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE).body(body).when().post("/graphql")
                .then();
    }
}
