package org.telebarometer.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Global object identification: an id on every object with an identity, the Node interface, node(id:) and
 * nodes(ids:), as Relay and Apollo Client use them.
 */
@QuarkusTest
class NodeTest {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Metric { code } ... on Specialty { code } ... on Geography { code } ... on Population { code }
              ... on Organization { code } ... on NamedPeriod { code } ... on Series { key }
              ... on Publication { publisher { code } } ... on Observation { value } } }""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Metric       | { metric(code: "TELECONSULTATIONS") { id } }                | metric.id
            Specialty    | { specialty(code: "PSYCHIATRY") { id } }                    | specialty.id
            Geography    | { geographies { id } }                                      | geographies[0].id
            Population   | { population(code: "WOMEN") { id } }                        | population.id
            Organization | { organization(code: "DOCTOLIB") { id } }                   | organization.id
            NamedPeriod  | { namedPeriod(code: "FIRST_LOCKDOWN") { id } }              | namedPeriod.id
            Series       | { seriesByKey(key: "TELECONSULTATIONS.ALL.FR") { id } }     | seriesByKey.id
            Publication  | { publication(id: "cnam-2020-03-31") { id } }               | publication.id
            Observation  | { observations(first: 1) { nodes { id } } }                 | observations.nodes[0].id
            """)
    void nodeFetchesEveryTypeAgainByItsId(String type, String query, String path) {
        String id = GraphQL.data(query).getString(path);

        JsonPath node = GraphQL.data(NODE, Map.of("id", id));

        assertThat(node.getString("node.__typename")).isEqualTo(type);
        assertThat(node.getString("node.id")).isEqualTo(id);
    }

    @Test
    void theCodesAndIdsClientsHaveKeepTheirMeaning() {
        JsonPath data = GraphQL.data("""
                { metric(code: "TELECONSULTATIONS") { id code }
                  publication(id: "cnam-2020-03-31") { id }
                  seriesByKey(key: "TELECONSULTATIONS.ALL.FR") { id key } }""");

        assertThat(data.getString("metric.code")).isEqualTo("TELECONSULTATIONS");
        assertThat(data.getString("metric.id")).isNotEqualTo("TELECONSULTATIONS");
        assertThat(data.getString("publication.id")).isEqualTo("cnam-2020-03-31");
        assertThat(data.getString("seriesByKey.key")).isEqualTo("TELECONSULTATIONS.ALL.FR");
        JsonPath node = GraphQL.data(NODE, Map.of("id", data.getString("metric.id")));
        assertThat(node.getString("node.code")).isEqualTo("TELECONSULTATIONS");
    }

    @Test
    void anUnknownIdIsNullWithoutAnError() {
        String unknown = NodeId.of(NodeType.Metric, "NO_SUCH_METRIC");
        JsonPath answer = GraphQL.post(NODE, Map.of("id", unknown));

        assertThat(answer.getMap("data")).containsEntry("node", null);
        assertThat(answer.getList("errors")).isNull();
    }

    @Test
    void nodesAnswersInOrderWithNullForAnUnknownId() {
        String metric = GraphQL.data("{ metric(code: \"PRACTITIONERS\") { id } }").getString("metric.id");
        JsonPath data = GraphQL.data("""
                query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }""",
                Map.of("ids", List.of(metric, NodeId.of(NodeType.Specialty, "NOPE"), "cnam-2020-03-31")));

        List<Map<String, Object>> nodes = data.getList("nodes");
        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0)).containsEntry("__typename", "Metric").containsEntry("id", metric);
        assertThat(nodes.get(1)).isNull();
        assertThat(nodes.get(2)).containsEntry("__typename", "Publication").containsEntry("id", "cnam-2020-03-31");
    }

    @Test
    void aMalformedIdIsNullWithACodedError() {
        JsonPath answer = GraphQL.post(NODE, Map.of("id", "Not an id!"));

        assertThat(answer.getMap("data")).containsEntry("node", null);
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_ID");
        assertThat(answer.getString("errors[0].message")).contains("not an id of this API");
    }

    @Test
    void aRelayStyleQueryAnswers() {
        String id = GraphQL.data("""
                { observations(filter: {publication: ["cnam-2020-03-31"]}, first: 1) { nodes { id } } }""")
                .getString("observations.nodes[0].id");

        JsonPath data = GraphQL.data("""
                query Refetch($id: ID!) { node(id: $id) { __typename ...NodeFields ... on Observation { value
                  publication { id ...NodeFields } series { ... on Node { id } key } } } }
                fragment NodeFields on Node { id }""", Map.of("id", id));

        assertThat(data.getString("node.__typename")).isEqualTo("Observation");
        assertThat(data.getString("node.id")).isEqualTo(id);
        assertThat(data.getString("node.publication.id")).isEqualTo("cnam-2020-03-31");
        assertThat(data.getString("node.series.id")).isEqualTo(NodeId.of(NodeType.Series, data.getString("node.series.key")));
    }

    @Test
    void nodesTakesAtMostAPageOfIds() {
        Map<String, Object> error = GraphQL.error("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                Map.of("ids", Collections.nCopies(501, "cnam-2020-03-31")));

        assertThat(GraphQL.code(error)).isEqualTo("PAGE_TOO_LARGE");
    }

    @Test
    void theCostModelCountsEveryIdOfNodes() {
        String series = """
                query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Series { observations(first: 100) {
                  nodes { id value } } } } }""";
        String id = NodeId.of(NodeType.Series, "TELECONSULTATIONS.ALL.FR");

        assertThat(GraphQL.data(series, Map.of("ids", Collections.nCopies(10, id))).getList("nodes")).hasSize(10);
        Map<String, Object> error = GraphQL.error(series, Map.of("ids", Collections.nCopies(200, id)));
        assertThat(GraphQL.code(error)).isEqualTo("QUERY_TOO_COMPLEX");
    }
}
