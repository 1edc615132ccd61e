package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Past telebarometer.search.exact-count-up-to matches a search stops counting: totalCount is then a lower bound and
 * says so, the most relevant hits are still the same, and paging stops at telebarometer.search.max-depth.
 */
@QuarkusTest
@TestProfile(SearchCountTest.SmallLimits.class)
class SearchCountTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telebarometer.search.exact-count-up-to", "40", "telebarometer.search.max-depth", "30");
        }
    }

    private static final String COUNT = """
            query($text: String!, $filter: ObservationFilter, $first: Int, $after: String) {
              search(text: $text, filter: $filter, first: $first, after: $after) {
                totalCount totalCountIsExact pageInfo { hasNextPage endCursor } nodes { score observation { id } } } }""";

    private static JsonPath search(String text, Map<String, Object> filter, int first, String after) {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("text", text);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return GraphQL.data(COUNT, variables);
    }

    @Test
    void pastTheLimitTheCountIsALowerBoundAndSaysSo() {
        JsonPath many = search("téléconsultation", null, 10, null);
        int exactly = GraphQL.data("{ observations(first: 1) { totalCount } }").getInt("observations.totalCount");

        assertThat(many.getBoolean("search.totalCountIsExact")).isFalse();
        assertThat(many.getInt("search.totalCount")).isGreaterThanOrEqualTo(40).isLessThan(exactly);
        assertThat(many.getList("search.nodes.score", Double.class)).hasSize(10)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void underTheLimitTheCountIsExact() {
        JsonPath few = search("Doctolib", Map.of("source", List.of("DOCTOLIB")), 10, null);

        assertThat(few.getBoolean("search.totalCountIsExact")).isTrue();
        assertThat(few.getInt("search.totalCount")).isPositive().isLessThan(40);
    }

    @Test
    void theLastPageBeforeTheDepthLimitHasNoNextPage() {
        JsonPath first = search("téléconsultation", null, 20, null);
        JsonPath last = search("téléconsultation", null, 10, first.getString("search.pageInfo.endCursor"));

        assertThat(first.getBoolean("search.pageInfo.hasNextPage")).isTrue();
        assertThat(last.getList("search.nodes")).hasSize(10);
        assertThat(last.getBoolean("search.pageInfo.hasNextPage")).isFalse();
        assertThat(last.getList("search.nodes.observation.id"))
                .doesNotContainAnyElementsOf(first.getList("search.nodes.observation.id"));
    }
}
