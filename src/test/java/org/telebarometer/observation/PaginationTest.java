package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.SeedFigures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Relay cursor pagination of observations, top-level and nested.
 */
@QuarkusTest
class PaginationTest {

    private static final String PAGE = """
            query($after: String) {
              observations(filter: {publication: ["cnam-2020-03-31", "gers-mind-2020-11-24"]}, first: 5, after: $after) {
                totalCount
                edges { cursor node { id } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void walkingThePagesReadsEveryObservationOnceInOrder() {
        List<String> all = GraphQL.data("{ observations(filter: {publication: [\"cnam-2020-03-31\", "
                + "\"gers-mind-2020-11-24\"]}) { nodes { id } } }").getList("observations.nodes.id");
        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data(PAGE, variables);
            List<String> ids = page.getList("observations.nodes.id");
            assertThat(page.getList("observations.edges.node.id")).isEqualTo(ids);
            assertThat(page.getInt("observations.totalCount")).isEqualTo(SeedFigures.ALL.size());
            assertThat(page.getBoolean("observations.pageInfo.hasPreviousPage")).isEqualTo(after != null);
            assertThat(page.getString("observations.pageInfo.endCursor"))
                    .isEqualTo(page.getString("observations.edges[" + (ids.size() - 1) + "].cursor"));
            walked.addAll(ids);
            more = page.getBoolean("observations.pageInfo.hasNextPage");
            after = page.getString("observations.pageInfo.endCursor");
            pages++;
        }

        assertThat(pages).isEqualTo(6);
        assertThat(walked).doesNotHaveDuplicates().isEqualTo(all).hasSize(SeedFigures.ALL.size());
    }

    @Test
    void anEdgeCursorResumesRightAfterThatEdge() {
        JsonPath first = GraphQL.data(PAGE, new HashMap<>());
        String thirdCursor = first.getString("observations.edges[2].cursor");

        JsonPath resumed = GraphQL.data(PAGE, Map.of("after", thirdCursor));

        assertThat(resumed.<String> getList("observations.nodes.id").get(0))
                .isEqualTo(first.getString("observations.nodes[3].id"));
    }

    @Test
    void anEmptyPageStillTellsWhetherThereIsMore() {
        JsonPath data = GraphQL.data("{ observations(first: 0) { totalCount nodes { id } "
                + "pageInfo { hasNextPage startCursor endCursor } } }");

        assertThat(data.getList("observations.nodes")).isEmpty();
        assertThat(data.getBoolean("observations.pageInfo.hasNextPage")).isTrue();
        assertThat(data.getString("observations.pageInfo.endCursor")).isNull();
        assertThat(data.getInt("observations.totalCount")).isGreaterThanOrEqualTo(SeedFigures.ALL.size());
    }

    @Test
    void aPublicationsObservationsArePagedToo() {
        String query = """
                query($after: String) { publication(id: "gers-mind-2020-11-24") {
                  observations(first: 10, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }""";
        JsonPath first = GraphQL.data(query, new HashMap<>());
        JsonPath second = GraphQL.data(query, Map.of("after", first.getString("publication.observations.pageInfo.endCursor")));

        assertThat(first.getList("publication.observations.nodes")).hasSize(10);
        assertThat(first.getBoolean("publication.observations.pageInfo.hasNextPage")).isTrue();
        assertThat(second.getList("publication.observations.nodes")).hasSize(3);
        assertThat(second.getBoolean("publication.observations.pageInfo.hasNextPage")).isFalse();
        assertThat(second.getInt("publication.observations.totalCount")).isEqualTo(13);
    }

    @Test
    void nestedPagesAreCutPerParent() {
        JsonPath data = GraphQL.data("""
                { series(filter: {metric: ["PRACTITIONER_SHARE"]}) { nodes { key
                    observations(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } } } }""");

        List<String> keys = data.getList("series.nodes.key");
        assertThat(keys).contains("PRACTITIONER_SHARE.ALL.FR", "PRACTITIONER_SHARE.GENERAL_PRACTICE.FR");
        for (int i = 0; i < keys.size(); i++) {
            JsonPath alone = GraphQL.data("query($key: String!) { observations(filter: {series: [$key]}, first: 1) "
                    + "{ totalCount nodes { id } pageInfo { hasNextPage } } }", Map.of("key", keys.get(i)));
            String nested = "series.nodes[" + i + "].observations";
            assertThat(data.getList(nested + ".nodes.id")).isEqualTo(alone.getList("observations.nodes.id")).hasSize(1);
            assertThat(data.getInt(nested + ".totalCount")).isEqualTo(alone.getInt("observations.totalCount"));
            assertThat(data.getBoolean(nested + ".pageInfo.hasNextPage"))
                    .isEqualTo(alone.getBoolean("observations.pageInfo.hasNextPage"));
        }
    }

    @Test
    void seriesArePagedByKey() {
        JsonPath series = GraphQL.data("{ series(first: 2) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }");
        JsonPath next = GraphQL.data("query($after: String) { series(first: 2, after: $after) { nodes { key } } }",
                Map.of("after", series.getString("series.pageInfo.endCursor")));

        assertThat(series.getBoolean("series.pageInfo.hasNextPage")).isTrue();
        assertThat(next.<String> getList("series.nodes.key").get(0))
                .isGreaterThan(series.<String> getList("series.nodes.key").get(1));
    }

    @Test
    void publicationsArePagedByDate() {
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        int total = 0;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data("query($after: String) { publications(first: 1, after: $after) { totalCount "
                    + "nodes { id } pageInfo { hasNextPage endCursor } } }", variables);
            walked.addAll(page.getList("publications.nodes.id"));
            total = page.getInt("publications.totalCount");
            more = page.getBoolean("publications.pageInfo.hasNextPage");
            after = page.getString("publications.pageInfo.endCursor");
        }

        assertThat(walked).doesNotHaveDuplicates().hasSize(total);
        assertThat(walked.indexOf(SeedFigures.CNAM)).isLessThan(walked.indexOf(SeedFigures.MIND));
    }
}
