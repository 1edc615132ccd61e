package org.telebarometer.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.Editing;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The editors' mutations: who may call them, what they check, what they write.
 */
@QuarkusTest
class ImportApiTest {

    static final String ID = "test-import-api";
    static final String IMPORT = Editing.IMPORT;
    static final String DELETE = Editing.DELETE;
    static final String UPDATE = """
            mutation($id: ID!, $patch: ObservationPatch!) {
              updateObservation(id: $id, patch: $patch) { id value qualifier note publication { changedBy importedBy } }
            }""";
    static final String STATE = """
            query($id: ID!) { publication(id: $id) { title importedBy observations(first: 500) { totalCount nodes { id value } } } }""";

    @AfterEach
    void deleteTheTestPublication() {
        GraphQL.post(DELETE, Map.of("id", ID), Tokens.editor("cleanup"));
    }

    @Test
    void anEditorCreatesThenReplacesAPublicationAndImportingTheSameAgainChangesNothing() {
        String alice = Tokens.editor("alice");

        JsonPath created = GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "First", 12, 100)), alice);
        JsonPath again = GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "First", 12, 100)), alice);
        JsonPath replaced = GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "Second", 7, 500)),
                Tokens.editor("bob"));

        assertThat(created.getString("importPublication.outcome")).isEqualTo("CREATED");
        assertThat(created.getString("importPublication.publication.importedBy")).isEqualTo("alice");
        assertThat(created.getInt("importPublication.publication.observations.totalCount")).isEqualTo(12);
        assertThat(again.getString("importPublication.outcome")).isEqualTo("UNCHANGED");
        assertThat(again.getString("importPublication.publication.importedAt"))
                .isEqualTo(created.getString("importPublication.publication.importedAt"));
        assertThat(replaced.getString("importPublication.outcome")).isEqualTo("REPLACED");
        assertThat(replaced.getString("importPublication.publication.title")).isEqualTo("Second");
        assertThat(replaced.getString("importPublication.publication.importedBy")).isEqualTo("bob");
        assertThat(replaced.getInt("importPublication.publication.observations.totalCount")).isEqualTo(7);
        assertThat(GraphQL.data("{ observations(filter: {publication: [\"" + ID + "\"]}) { totalCount nodes { value } } }")
                .<Number> getList("observations.nodes.value")).allSatisfy(v -> assertThat(v.doubleValue()).isBetween(500.0, 549.0));
    }

    static List<Object[]> refusedTokens() {
        return List.of(
                new Object[] { "no token", null, "UNAUTHENTICATED" },
                new Object[] { "expired", Tokens.expiredEditor("mallory"), "INVALID_TOKEN" },
                new Object[] { "signed by another key", Tokens.editorSignedByAStranger("mallory"), "INVALID_TOKEN" },
                new Object[] { "from another issuer", Tokens.editorFromAnotherIssuer("mallory"), "INVALID_TOKEN" },
                new Object[] { "malformed", "not.a.token", "INVALID_TOKEN" },
                new Object[] { "without the editor role", Tokens.reader("mallory"), "FORBIDDEN" });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aRefusedTokenGetsACodedErrorAndChangesNothing(String why, String token, String code) {
        String shipped = "cnam-2020-03-31";
        JsonPath before = GraphQL.data(STATE, Map.of("id", shipped));

        Map<String, Object> importError = GraphQL.error(IMPORT, input(GeneratedPublications.publication(ID, "x", 3, 1)), token);
        Map<String, Object> deleteError = GraphQL.error(DELETE, Map.of("id", shipped), token);
        String observationId = before.getString("publication.observations.nodes[0].id");
        Map<String, Object> updateError = GraphQL.error(UPDATE, Map.of("id", observationId, "patch", Map.of("value", 1)), token);

        assertThat(List.of(importError, deleteError, updateError)).allSatisfy(e -> assertThat(GraphQL.code(e)).isEqualTo(code));
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
        assertThat(GraphQL.data(STATE, Map.of("id", shipped)).getMap("")).isEqualTo(before.getMap(""));
    }

    @Test
    void readsNeedNoTokenButABadOneIsRefused() {
        assertThat(GraphQL.data("{ metrics { code } }").getList("metrics")).isNotEmpty();

        Map<String, Object> error = GraphQL.error("{ metrics { code } }", Map.of(), "not.a.token");
        assertThat(GraphQL.code(error)).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void everyProblemOfAnInputIsListedAndNothingIsWritten() {
        List<Map<String, Object>> figures = new ArrayList<>();
        figures.add(figure("NOPE.ALL.FR", "2020-W13", 1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        figures.add(figure("TELECONSULTATIONS.GP.FR", "2020-W13", 1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        figures.add(figure("TELECONSULTATION_SHARE.ALL.FR", "2020-W13", 101.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W13", -1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        Map<String, Object> inverted = figure("TELECONSULTATION_SHARE.ALL.FR", "2020-W14", null, "RANGE", "ASSURANCE_MALADIE", "q");
        inverted.put("low", 27.0);
        inverted.put("high", 25.0);
        figures.add(inverted);
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W54", 1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W15", 1.0, "EXACT", "ASSURANCE_MALADIE", null));
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W16", 1.0, "EXACT", "NOBODY", "q"));
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W17", 1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        figures.add(figure("TELECONSULTATIONS.ALL.FR", "2020-W17", 1.0, "EXACT", "ASSURANCE_MALADIE", "q"));
        Map<String, Object> publication = Map.of("id", ID, "publisher", "ASSURANCE_MALADIE", "publishedOn", "2020-02-30",
                "language", "fr", "observations", figures);

        Map<String, Object> error = GraphQL.error(IMPORT, Map.of("input", publication), Tokens.editor("alice"));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_PUBLICATION");
        assertThat(problems(error)).extracting(p -> p.get("path") + " " + p.get("code")).containsExactly(
                "publishedOn INVALID_DATE",
                "observations[0].series UNKNOWN_METRIC",
                "observations[1].series UNKNOWN_SPECIALTY",
                "observations[2].value VALUE_OUT_OF_RANGE",
                "observations[3].value VALUE_OUT_OF_RANGE",
                "observations[4] INVALID_RANGE",
                "observations[5].period INVALID_PERIOD",
                "observations[6].quote MISSING_FIELD",
                "observations[7].source UNKNOWN_ORGANIZATION",
                "observations[9] DUPLICATE_OBSERVATION");
        assertThat(problems(error)).allSatisfy(p -> assertThat((String) p.get("message")).isNotBlank());
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
    }

    @Test
    void textsLongerThanTheirColumnsAndUnsafeAddressesAreProblemsAndNothingIsWritten() {
        Map<String, Object> figure = figure("TELECONSULTATIONS.ALL.FR", "2020-W13", 1.0, "EXACT", "ASSURANCE_MALADIE",
                "q".repeat(4001));
        figure.put("note", "n".repeat(4001));
        Map<String, Object> publication = new HashMap<>(Map.of("id", ID, "publisher", "ASSURANCE_MALADIE",
                "title", "t".repeat(1001), "note", "n".repeat(4001), "url", "javascript:alert(document.cookie)",
                "authors", List.of("a".repeat(96)), "observations", List.of(figure)));

        Map<String, Object> error = GraphQL.error(IMPORT, Map.of("input", publication), Tokens.editor("alice"));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_PUBLICATION");
        assertThat(problems(error)).extracting(p -> p.get("path") + " " + p.get("code")).containsExactlyInAnyOrder(
                "title VALUE_TOO_LONG", "note VALUE_TOO_LONG", "authors[0] VALUE_TOO_LONG", "url INVALID_URL",
                "observations[0].quote VALUE_TOO_LONG", "observations[0].note VALUE_TOO_LONG");
        assertThat(problems(error)).filteredOn(p -> p.get("path").equals("title")).singleElement()
                .satisfies(p -> assertThat((String) p.get("message")).contains("At most 1000 characters"));
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
    }

    @Test
    void aCorrectionTooLongForItsColumnIsRefused() {
        GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "Corrected", 1, 10)), Tokens.editor("alice"));
        String id = GraphQL.data(STATE, Map.of("id", ID)).getString("publication.observations.nodes[0].id");

        Map<String, Object> error = GraphQL.error(UPDATE, Map.of("id", id, "patch", Map.of("quote", "q".repeat(4001))),
                Tokens.editor("alice"));

        assertThat(problems(error)).extracting(p -> p.get("code")).containsExactly("VALUE_TOO_LONG");
    }

    @Test
    void aTokenWhoseSubjectIsTooLongToRecordIsRefused() {
        Map<String, Object> error = GraphQL.error(IMPORT, input(GeneratedPublications.publication(ID, "T", 1, 10)),
                Tokens.editor("s".repeat(201)));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_TOKEN");
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
    }

    @Test
    void aPublicationOfTooManyObservationsIsRefused() {
        Map<String, Object> error = GraphQL.error(IMPORT, input(GeneratedPublications.publication(ID, "Huge", 10_001, 1)),
                Tokens.editor("alice"));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_PUBLICATION");
        assertThat(problems(error)).singleElement().satisfies(p -> {
            assertThat(p.get("code")).isEqualTo("TOO_MANY_OBSERVATIONS");
            assertThat((String) p.get("message")).contains("at most 10000");
        });
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        String body = "{\"query\": \"" + "x".repeat(10 * 1024 * 1024 + 1) + "\"}";

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.editor("alice")).body(body)
                .when().post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    @Test
    void anEditorDeletesAPublicationWithItsFigures() {
        String alice = Tokens.editor("alice");
        GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "To delete", 9, 1)), alice);

        JsonPath deleted = GraphQL.data(DELETE, Map.of("id", ID), alice);

        assertThat(deleted.getString("deletePublication.id")).isEqualTo(ID);
        assertThat(deleted.getInt("deletePublication.observationsDeleted")).isEqualTo(9);
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getString("publication")).isNull();
        assertThat(GraphQL.code(GraphQL.error(DELETE, Map.of("id", ID), alice))).isEqualTo("UNKNOWN_PUBLICATION");
    }

    @Test
    void anEditorCorrectsAFigureAndThePublicationRecordsWhoAndWhen() {
        JsonPath created = GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "To correct", 3, 1)),
                Tokens.editor("alice"));
        String id = GraphQL.data(STATE, Map.of("id", ID)).getString("publication.observations.nodes[0].id");

        JsonPath corrected = GraphQL.data(UPDATE, Map.of("id", id, "patch",
                Map.of("value", 1234.0, "qualifier", "APPROXIMATE", "note", "Corrected from the original PDF.")),
                Tokens.editor("bob"));

        assertThat(corrected.getString("updateObservation.id")).isEqualTo(id);
        assertThat(corrected.getDouble("updateObservation.value")).isEqualTo(1234.0);
        assertThat(corrected.getString("updateObservation.qualifier")).isEqualTo("APPROXIMATE");
        assertThat(corrected.getString("updateObservation.note")).isEqualTo("Corrected from the original PDF.");
        assertThat(corrected.getString("updateObservation.publication.changedBy")).isEqualTo("bob");
        assertThat(corrected.getString("updateObservation.publication.importedBy")).isEqualTo("alice");
        JsonPath reimported = GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "To correct", 3, 1)),
                Tokens.editor("alice"));
        assertThat(reimported.getString("importPublication.outcome")).as("a correction is not the imported content")
                .isEqualTo("REPLACED");
        assertThat(created.getString("importPublication.outcome")).isEqualTo("CREATED");
    }

    @Test
    void aCorrectionIsCheckedLikeAnImport() {
        GraphQL.data(IMPORT, input(GeneratedPublications.publication(ID, "To correct", 3, 1)), Tokens.editor("alice"));
        JsonPath before = GraphQL.data(STATE, Map.of("id", ID));
        String id = before.getString("publication.observations.nodes[0].id");
        String alice = Tokens.editor("alice");

        Map<String, Object> negative = GraphQL.error(UPDATE, Map.of("id", id, "patch", Map.of("value", -5.0)), alice);
        Map<String, Object> unknown = GraphQL.error(UPDATE, Map.of("id", "nope", "patch", Map.of("value", 5.0)), alice);

        assertThat(GraphQL.code(negative)).isEqualTo("INVALID_PUBLICATION");
        assertThat(problems(negative)).extracting(p -> p.get("path") + " " + p.get("code"))
                .containsExactly("patch.value VALUE_OUT_OF_RANGE");
        assertThat(GraphQL.code(unknown)).isEqualTo("UNKNOWN_OBSERVATION");
        assertThat(GraphQL.data(STATE, Map.of("id", ID)).getMap("")).isEqualTo(before.getMap(""));
    }

    static Map<String, Object> input(PublicationInput publication) {
        return Editing.input(publication);
    }

    private static Map<String, Object> figure(String series, String period, Double value, String qualifier, String source,
            String quote) {
        Map<String, Object> figure = new HashMap<>();
        figure.put("series", series);
        figure.put("period", period);
        figure.put("value", value);
        figure.put("qualifier", Qualifier.valueOf(qualifier).name());
        figure.put("source", source);
        figure.put("quote", quote);
        return figure;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> problems(Map<String, Object> error) {
        return (List<Map<String, Object>>) ((Map<String, Object>) error.get("extensions")).get("problems");
    }
}
