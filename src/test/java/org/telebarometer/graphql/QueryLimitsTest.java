package org.telebarometer.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

/**
 * Queries beyond the configured depth, complexity or length are refused before they run, with a code that says which
 * limit; the largest queries real clients send (GraphiQL's introspection, the dashboard's) pass.
 */
@QuarkusTest
class QueryLimitsTest {

    @Test
    void refusesAQueryNestedTooDeep() {
        String query = "{ specialties { " + "parent { ".repeat(15) + "code" + " }".repeat(15) + " } }";

        send(query).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("at most 15 levels"));
    }

    @Test
    void refusesAQueryAskingForTooManyFields() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 301; i++) {
            query.append(" m").append(i).append(": metrics { code }");
        }
        send(query.append(" }").toString()).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("602 fields; at most 600"));
    }

    @Test
    void refusesAQueryOfTooManyTokens() {
        String query = "{ metrics { " + "code ".repeat(5001) + "} }";

        send(query).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LONG"))
                .body("errors[0].message", containsString("more than 5000 tokens"));
    }

    @Test
    void countsTheFieldsOfFragmentsWhereTheyAreSpread() {
        StringBuilder query = new StringBuilder("fragment F on Metric { code name unit definition } {");
        for (int i = 0; i < 121; i++) {
            query.append(" m").append(i).append(": metrics { ...F }");
        }
        send(query.append(" }").toString()).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void letsGraphiqlIntrospectTheSchema() {
        assertThat(GraphQL.data(IntrospectionQuery.INTROSPECTION_QUERY).getList("__schema.types")).hasSizeGreaterThan(30);
    }

    @Test
    void letsARequestJustWithinTheLimitsRun() {
        String deep = "{ specialties { " + "parent { ".repeat(13) + "code" + " }".repeat(13) + " } }";

        assertThat(GraphQL.data(deep).getList("specialties")).isNotEmpty();
    }

    private static ValidatableResponse send(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql")
                .then();
    }
}
