package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An analysis refuses a selection larger than the configured maximum, and says how to narrow it.
 */
@QuarkusTest
@TestProfile(AnalysisLimitsTest.TenObservations.class)
class AnalysisLimitsTest {

    public static class TenObservations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telebarometer.analysis.max-observations", "10");
        }
    }

    @Test
    void aTooLargeSelectionGetsACodedError() {
        Map<String, Object> error = GraphQL.error("{ discrepancies { totalCount } }");

        assertThat(GraphQL.code(error)).isEqualTo("SELECTION_TOO_LARGE");
        assertThat((String) error.get("message")).contains("more than 10", "narrow it");
        assertThat(GraphQL.code(GraphQL.error("{ timeline(metric: \"TELECONSULTATIONS\") { rule } }")))
                .isEqualTo("SELECTION_TOO_LARGE");
    }

    @Test
    void aSmallSelectionIsAnalysed() {
        assertThat(GraphQL.data("{ timeline(metric: \"TREATING_PHYSICIAN_SHARE\", granularity: WEEK) { points { value } } }")
                .getList("timeline.points.value")).containsExactly(81.0);
    }
}
