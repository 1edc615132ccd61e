package org.telebarometer.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.engine.GraphQLRequest;

/** The store of persisted queries is bounded in bytes, and keeps no long text. */
class PersistedQueriesBoundsTest {

    private final PersistedQueries store = new PersistedQueries(10_000, 1_000);

    @Test
    void keepsWhatFitsAndForgetsTheLeastRecentlyUsed() {
        for (int i = 0; i < 200; i++) {
            register("{ metric(code: \"" + i + "\") { code } }" + " ".repeat(60));
        }

        long kept = 0;
        for (int i = 0; i < 200; i++) {
            String query = "{ metric(code: \"" + i + "\") { code } }" + " ".repeat(60);
            kept += isKnown(query) ? 1 : 0;
        }
        assertThat(kept).isPositive().isLessThan(200);
    }

    @Test
    void answersButDoesNotKeepALongQuery() {
        String longQuery = "{ metrics { code } }" + " ".repeat(2_000);

        GraphQLRequest answered = register(longQuery);

        assertThat(answered.query()).isEqualTo(longQuery);
        assertThat(isKnown(longQuery)).isFalse();
    }

    private GraphQLRequest register(String query) {
        return store.resolve(new GraphQLRequest(query, null, null, extension(query)));
    }

    private boolean isKnown(String query) {
        try {
            store.resolve(new GraphQLRequest(null, null, null, extension(query)));
            return true;
        } catch (ApiException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
            return false;
        }
    }

    private static Map<String, Object> extension(String query) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(query)));
    }
}
