package org.telebarometer.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.HostileQueries;

/**
 * Queries beyond the configured depth, cost or length are refused before they run, with a code that says which
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
    void refusesNestedListsThatMultiplyBeforeTheyRun() {
        send(HostileQueries.NESTED_LISTS).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("may return up to 62875751502 fields"))
                .body("errors[0].message", containsString("at most 25000"))
                .body("data", equalTo(null));
    }

    @Test
    void refusesTheNestedListsAsQuicklyAsItAnswersASmallQuery() {
        long refusal = Long.MAX_VALUE;
        long answer = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            refusal = Math.min(refusal, timed(() -> send(HostileQueries.NESTED_LISTS).statusCode(400)));
            answer = Math.min(answer, timed(() -> send("{ metrics { code } }").statusCode(200)));
        }

        // the same moment's two requests compared, not a time: machines differ
        assertThat(Duration.ofNanos(refusal)).isLessThan(Duration.ofNanos(answer).multipliedBy(5));
    }

    @Test
    void countsAVariableLeftToItsDefault() {
        String query = "query($n: Int = 400) { observations(first: $n) { nodes { series { observations(first: $n) { "
                + "nodes { id } } } } } }";

        send(query).statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("data", equalTo(null));
    }

    @Test
    void countsAVariableSentInAnotherFormOfTheSameInt() {
        String body = "{\"query\": \"query($n: Int) { observations(first: $n) { nodes { series { observations(first: $n) "
                + "{ nodes { id } } } } } }\", \"variables\": {\"n\": 400.0}}";

        given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE).body(body).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("data", equalTo(null));
    }

    @Test
    void countsAConnectionsFirstFromItsVariable() {
        String query = "query($n: Int) { observations(first: $n) { nodes { series { observations(first: $n) { "
                + "nodes { id } } } } } }";

        assertThat(GraphQL.data(query, Map.of("n", 10)).getList("observations.nodes")).hasSize(10);
        given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE)
                .body(Map.of("query", query, "variables", Map.of("n", 400)))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void refusesAQueryOfTooManyTokens() {
        String query = "{ metrics { " + "code ".repeat(5001) + "} }";

        send(query).statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LONG"))
                .body("errors[0].message", containsString("more than 5000 tokens"));
    }

    @Test
    void refusesFragmentsThatSpreadEachOtherExponentiallyWhileTheServiceKeepsAnswering() throws Exception {
        String bomb = HostileQueries.fragmentBomb(30);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<ValidatableResponse>> attacks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attacks.add(CompletableFuture.supplyAsync(() -> send(bomb), clients));
            }
            given().when().get("/q/health/live").then().statusCode(200);
            for (CompletableFuture<ValidatableResponse> attack : attacks) {
                attack.get().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
            }
        } finally {
            clients.shutdownNow();
        }
        long refusal = timed(() -> send(bomb).statusCode(400));
        long answer = timed(() -> send("{ metrics { code } }").statusCode(200));
        assertThat(Duration.ofNanos(refusal)).isLessThan(Duration.ofNanos(answer).multipliedBy(5));
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

    @Test
    void letsTheDashboardsLargestPageRun() {
        String page = """
                { observations(first: 500) { totalCount pageInfo { hasNextPage endCursor } nodes {
                    id value low high qualifier quote note period { start end label }
                    series { key specialty { code label } geography { code label } }
                    source { code name } publication { id title url publishedOn publisher { name } } } } }""";

        assertThat(GraphQL.data(page).getList("observations.nodes")).isNotEmpty();
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return System.nanoTime() - started;
    }

    private static ValidatableResponse send(String query) {
        return given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE).body(Map.of("query", query))
                .when().post("/graphql")
                .then();
    }
}
