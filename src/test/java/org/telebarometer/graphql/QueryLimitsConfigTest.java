package org.telebarometer.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.telebarometer.support.GraphQL;
import org.junit.jupiter.api.Test;

/** The limits are settings: an operator can tighten them. */
@QuarkusTest
@TestProfile(QueryLimitsConfigTest.Tight.class)
class QueryLimitsConfigTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telebarometer.graphql.max-query-depth", "3",
                    "telebarometer.graphql.max-query-cost", "25",
                    "telebarometer.graphql.max-query-tokens", "40",
                    "telebarometer.graphql.max-page-size", "20");
        }
    }

    @Test
    void refusesWhatTheTighterLimitsExclude() {
        send("{ series { nodes { metric { code } } } }", "QUERY_TOO_DEEP");
        send("{ metrics { code name unit } }", "QUERY_TOO_COMPLEX");
        send("{ metrics { " + "code ".repeat(40) + "} }", "QUERY_TOO_LONG");
        given().contentType(ContentType.JSON).body(Map.of("query", "{ observations(first: 21) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PAGE_TOO_LARGE"));
    }

    private static void send(String query, String code) {
        given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE).body(Map.of("query", query))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo(code));
    }
}
