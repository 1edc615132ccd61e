package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cost of an operation counts what it can return: each connection multiplies what is under it by its
 * {@code first}, other lists by the default page size; measuring takes one pass whatever the fragments.
 */
class OperationCostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              observations(first: Int = 100): ObservationConnection!
              metrics: [Metric!]!
              metric(code: String!): Metric
            }
            type ObservationConnection { totalCount: Int! nodes: [Observation!]! edges: [Edge!]! }
            type Edge { cursor: String! node: Observation! }
            type Observation { id: ID! value: Float! series: Series! ids: [ID!]! }
            type Series { key: String! observations(first: Int = 100): ObservationConnection! }
            type Metric { code: String! name: String! }
            """), RuntimeWiring.MOCKED_WIRING);

    private final OperationCost cost = new OperationCost(SCHEMA, 100);

    @Test
    void aFieldCostsOnePerParent() {
        assertThat(shape("{ metric(code: \"X\") { code name } }")).isEqualTo(new OperationCost.Shape(2, 3));
    }

    @Test
    void theNodesOfAConnectionAreItsFirst() {
        // observations 1 + totalCount 1 + nodes (1 + 10 × (id 1 + value 1))
        assertThat(shape("{ observations(first: 10) { totalCount nodes { id value } } }").cost())
                .isEqualTo(1 + 1 + (1 + 10 * 2));
    }

    @Test
    void soAreItsEdges() {
        assertThat(shape("{ observations(first: 10) { edges { cursor node { id } } } }").cost())
                .isEqualTo(1 + (1 + 10 * (1 + (1 + 1))));
    }

    @Test
    void aConnectionWithoutFirstHasTheDefaultPageSize() {
        assertThat(shape("{ observations { nodes { id } } }").cost()).isEqualTo(1 + (1 + 100));
    }

    @Test
    void aVariableFirstIsRead() {
        assertThat(shape("query($n: Int) { observations(first: $n) { nodes { id } } }", Map.of("n", 7)).cost())
                .isEqualTo(1 + (1 + 7));
    }

    @Test
    void aFirstThatIsNotAnIntCountsTheDefaultAndIsLeftToValidation() {
        assertThat(shape("{ observations(first: 3000000000) { nodes { id } } }").cost()).isEqualTo(1 + (1 + 100));
    }

    @Test
    void aListThatIsNotAConnectionCountsTenItems() {
        assertThat(shape("{ metrics { code name } }").cost()).isEqualTo(1 + 10 * 2);
    }

    @Test
    void nestedConnectionsMultiply() {
        String nested = "{observations(first:500){nodes{series{observations(first:500){nodes{series{observations(first:500)"
                + "{nodes{series{observations(first:500){nodes{id}}}}}}}}}}}}";

        assertThat(shape(nested).cost()).isEqualTo(62_875_751_502L);
    }

    @Test
    void aScalarListCostsOne() {
        assertThat(shape("{ observations(first: 1) { nodes { ids } } }").cost()).isEqualTo(1 + (1 + 1));
    }

    @Test
    void depthIsTheLongestChainOfFields() {
        assertThat(shape("{ observations { nodes { series { key } } } }").depth()).isEqualTo(4);
    }

    @Test
    @Timeout(5)
    void fragmentsThatSpreadEachOtherAreMeasuredOnce() {
        StringBuilder document = new StringBuilder("{ metrics { ...F0 } } fragment F60 on Metric { code } ");
        for (int i = 0; i < 60; i++) {
            document.append("fragment F").append(i).append(" on Metric { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" } ");
        }

        OperationCost.Shape shape = shape(document.toString());

        assertThat(shape.cost()).isEqualTo(Long.MAX_VALUE);
        assertThat(shape.depth()).isEqualTo(2);
    }

    @Test
    void aFragmentCycleIsUnbounded() {
        assertThat(shape("{ metrics { ...A } } fragment A on Metric { ...B } fragment B on Metric { ...A }").cost())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void introspectionListsAreBoundedByTheSchema() {
        OperationCost.Shape introspection = shape(IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(introspection.cost()).isLessThan(1_000);
        assertThat(introspection.depth()).isLessThanOrEqualTo(13);
    }

    @Test
    void aWideDocumentCostsItsFields() {
        String wide = "{ " + "metric(code: \"X\") { code } ".repeat(1_000) + "}";

        assertThat(shape(wide).cost()).isEqualTo(2_000);
    }

    private OperationCost.Shape shape(String query) {
        return shape(query, Map.of());
    }

    private OperationCost.Shape shape(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return cost.of(document, document.getDefinitionsOfType(OperationDefinition.class).get(0), variables);
    }
}
