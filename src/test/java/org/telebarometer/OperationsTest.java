package org.telebarometer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What operators and their tools read: health for probes, Prometheus metrics with GraphQL timings per operation.
 */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReflectsTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountAndTimeEachGraphQLOperation() {
        GraphQL.data("{ observations(first: 1) { totalCount } }");
        GraphQL.data("{ namedPeriods { code } }");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("graphql_requests_seconds_count\\{cache=\"[A-Z]+\",fields=\"observations\",status=\"200\",type=\"QUERY\"} [1-9]")
                .containsPattern("graphql_requests_seconds_sum\\{cache=\"[A-Z]+\",fields=\"namedPeriods\",status=\"200\",type=\"QUERY\"} ")
                .contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/graphql\"}");
    }
}
