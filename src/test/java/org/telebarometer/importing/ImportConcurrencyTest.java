package org.telebarometer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Two imports of the same publication at once end with one of them whole, never a mix.
 */
@QuarkusTest
class ImportConcurrencyTest {

    private static final String ID = "test-concurrency";

    @AfterEach
    void deleteTheTestPublication() {
        GraphQL.post(ImportApiTest.DELETE, Map.of("id", ID), Tokens.editor("cleanup"));
    }

    @RepeatedTest(4)
    void twoImportsAtOnceEndWithOneConsistentResult() throws Exception {
        PublicationInput red = GeneratedPublications.publication(ID, "Red", 300, 1_000);
        PublicationInput blue = GeneratedPublications.publication(ID, "Blue", 250, 5_000);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<JsonPath> first = pool.submit(() -> importAfter(start, red, "alice"));
            Future<JsonPath> second = pool.submit(() -> importAfter(start, blue, "bob"));
            List<JsonPath> answers = List.of(first.get(), second.get());

            assertThat(answers).allSatisfy(ImportConcurrencyTest::assertSucceededOrCollided);
            assertThat(answers).anySatisfy(answer -> assertThat(answer.getList("errors")).isNull());
        } finally {
            pool.shutdownNow();
        }
        JsonPath state = GraphQL.data("""
                query($id: ID!) { publication(id: $id) { title importedBy observations(first: 500) {
                  totalCount nodes { value quote } } } }""", Map.of("id", ID));
        String winner = state.getString("publication.title");
        assertThat(winner).isIn("Red", "Blue");
        int size = winner.equals("Red") ? 300 : 250;
        double base = winner.equals("Red") ? 1_000 : 5_000;
        assertThat(state.getInt("publication.observations.totalCount")).isEqualTo(size);
        assertThat(state.getString("publication.importedBy")).isEqualTo(winner.equals("Red") ? "alice" : "bob");
        assertThat(state.<Number> getList("publication.observations.nodes.value"))
                .allSatisfy(value -> assertThat(value.doubleValue()).isBetween(base, base + 49));
        assertThat(state.<String> getList("publication.observations.nodes.quote"))
                .allSatisfy(quote -> assertThat(quote).endsWith(" of " + winner));
    }

    private static JsonPath importAfter(CyclicBarrier start, PublicationInput input, String editor) throws Exception {
        String token = Tokens.editor(editor);
        Map<String, Object> variables = ImportApiTest.input(input);
        start.await();
        return GraphQL.post(ImportApiTest.IMPORT, variables, token);
    }

    private static void assertSucceededOrCollided(JsonPath answer) {
        List<Map<String, Object>> errors = answer.getList("errors");
        if (errors == null) {
            assertThat(answer.getString("data.importPublication.outcome")).isIn("CREATED", "REPLACED", "UNCHANGED");
        } else {
            assertThat(errors).singleElement().satisfies(e -> assertThat(GraphQL.code(e)).isEqualTo("CONCURRENT_CHANGE"));
        }
    }
}
