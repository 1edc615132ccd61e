package org.telebarometer.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.lang.management.ManagementFactory;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.telebarometer.support.GraphQL;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.CacheOn;

/**
 * Nothing an anonymous client sends is kept beyond a small size: distinct large queries, valid or too long, leave
 * the heap where it was (the parsed-query cache and the response cache keep short texts only, bounded in bytes).
 */
@QuarkusTest
@TestProfile(CacheOn.class)
class MemoryBoundsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void distinctLargeQueriesLeaveTheHeapWhereItWas() {
        send("{ metric(code: \"warm-up\") { code } }");
        long before = usedHeapAfterCollection();

        for (int i = 0; i < 100; i++) {
            String valid = "{ metric(code: \"" + i + "X".repeat(90_000) + "\") { code } }";
            given().contentType(ContentType.JSON).body(Map.of("query", valid)).when().post("/graphql")
                    .then().statusCode(200).body("data.metric", equalTo(null));
            String tooLong = "{ metric(code: \"" + i + "Y".repeat(1_000_000) + "\") { code } }";
            given().contentType(ContentType.JSON).accept(GraphQL.GRAPHQL_RESPONSE).body(Map.of("query", tooLong))
                    .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_LONG"));
        }

        assertThat(usedHeapAfterCollection() - before).isLessThan(16 * MB);
    }

    private static void send(String query) {
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
