package org.telebarometer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.observation.Observation;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.Tokens;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A failure in the middle of a large import leaves the database exactly as it was.
 */
@QuarkusTest
class ImportAtomicityTest {

    private static final String ID = "test-atomicity";

    /** Writes figures until the given one, then fails as a full disk or a lost connection would. */
    static class FailingWriter extends ObservationWriter {
        private final int failAt;
        private int written;

        FailingWriter(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void write(Observation observation) {
            if (++written == failAt) {
                throw new IllegalStateException("Injected failure at figure " + failAt);
            }
            super.write(observation);
        }
    }

    @AfterEach
    void deleteTheTestPublication() {
        QuarkusMock.installMockForType(new ObservationWriter(), ObservationWriter.class);
        GraphQL.post(ImportApiTest.DELETE, Map.of("id", ID), Tokens.editor("cleanup"));
    }

    @Test
    void aReplacementThatFailsHalfWayLeavesThePreviousVersionWhole() {
        GraphQL.data(ImportApiTest.IMPORT, ImportApiTest.input(GeneratedPublications.publication(ID, "Before", 40, 7)),
                Tokens.editor("alice"));
        JsonPath before = state();
        QuarkusMock.installMockForType(new FailingWriter(500), ObservationWriter.class);

        Map<String, Object> error = GraphQL.error(ImportApiTest.IMPORT,
                ImportApiTest.input(GeneratedPublications.publication(ID, "After", 1000, 100)), Tokens.editor("bob"));

        assertThat(GraphQL.code(error)).isEqualTo("INTERNAL_ERROR");
        assertThat((String) error.get("message")).doesNotContain("Injected");
        assertThat(state().getMap("")).isEqualTo(before.getMap(""));
        assertThat(before.getString("publication.title")).isEqualTo("Before");
        assertThat(before.getInt("publication.observations.totalCount")).isEqualTo(40);
    }

    @Test
    void aCreationThatFailsHalfWayLeavesNothing() {
        JsonPath total = GraphQL.data("{ observations(first: 0) { totalCount } series(first: 0) { totalCount } }");
        QuarkusMock.installMockForType(new FailingWriter(500), ObservationWriter.class);

        Map<String, Object> error = GraphQL.error(ImportApiTest.IMPORT,
                ImportApiTest.input(GeneratedPublications.publication(ID, "New", 1000, 100)), Tokens.editor("bob"));

        assertThat(GraphQL.code(error)).isEqualTo("INTERNAL_ERROR");
        assertThat(state().getString("publication")).isNull();
        assertThat(GraphQL.data("{ observations(first: 0) { totalCount } series(first: 0) { totalCount } }").getMap(""))
                .isEqualTo(total.getMap(""));
    }

    private static JsonPath state() {
        return GraphQL.data("""
                query($id: ID!) { publication(id: $id) { title importedBy importedAt changedAt
                  observations(first: 500) { totalCount nodes { id value quote } } } }""", Map.of("id", ID));
    }
}
