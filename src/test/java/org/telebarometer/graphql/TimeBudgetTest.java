package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

/** A request stops when its time budget is spent, with a code; here the budget is spent before anything runs. */
@QuarkusTest
@TestProfile(TimeBudgetTest.NoTime.class)
class TimeBudgetTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telebarometer.graphql.time-budget", "0s");
        }
    }

    @Test
    void aRequestOutOfTimeStopsWithACode() {
        Map<String, Object> error = GraphQL.error("{ observations(first: 5) { totalCount nodes { id } } }");

        assertThat(GraphQL.code(error)).isEqualTo("QUERY_TIMEOUT");
        assertThat((String) error.get("message")).contains("ran longer than 0 ms");
    }
}
