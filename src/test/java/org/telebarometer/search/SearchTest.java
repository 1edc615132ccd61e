package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.importing.ObservationInput;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.support.Editing;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * search(text:) over the dataset's quotes, notes, titles and labels, French-aware, bounded, and following every import,
 * correction and deletion. The same tests run on H2 and on PostgreSQL (the CI's second run).
 */
@QuarkusTest
class SearchTest {

    static final String SEARCH = """
            query($text: String!, $filter: ObservationFilter, $first: Int, $after: String) {
              search(text: $text, filter: $filter, first: $first, after: $after) {
                totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
                nodes { highlight score observation { id quote note source { code } publication { id language } } } } }""";
    static final String ID = "test-search-zorglub";

    @AfterEach
    void deleteTheTestPublication() {
        Editing.delete(ID);
    }

    static JsonPath search(String text) {
        return search(text, null, 50);
    }

    static JsonPath search(String text, Map<String, Object> filter, int first) {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("text", text);
        variables.put("filter", filter);
        variables.put("first", first);
        return GraphQL.data(SEARCH, variables);
    }

    private static List<String> quotes(JsonPath data) {
        return data.getList("search.nodes.observation.quote", String.class);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        JsonPath data = search("TELESANTE");

        assertThat(data.getInt("search.totalCount")).isPositive();
        assertThat(data.getList("search.nodes.highlight", String.class))
                .anySatisfy(passage -> assertThat(passage).containsIgnoringCase("<mark>télésanté</mark>"));
    }

    @Test
    void pluralAndSingularMeet() {
        List<String> singular = search("téléconsultation", null, 500).getList("search.nodes.observation.id");
        List<String> plural = search("téléconsultations", null, 500).getList("search.nodes.observation.id");

        assertThat(plural).isEqualTo(singular).hasSizeGreaterThan(100);
        assertThat(quotes(search("\"médecins généralistes de ce territoire\""))).isNotEmpty()
                .allSatisfy(quote -> assertThat(quote).contains("médecins généralistes de ce territoire"));
    }

    @Test
    void stopWordsAreIgnored() {
        assertThat(search("les déserts médicaux").getList("search.nodes.observation.id"))
                .isEqualTo(search("déserts médicaux").getList("search.nodes.observation.id")).isNotEmpty();
    }

    @Test
    void aQuotedPhraseMatchesAsAPhrase() {
        JsonPath phrase = search("\"tiers payant\"");
        JsonPath reversed = search("\"payant tiers\"");

        assertThat(quotes(phrase)).isNotEmpty()
                .allSatisfy(quote -> assertThat(quote.toLowerCase()).contains("tiers payant"));
        assertThat(reversed.getInt("search.totalCount")).isZero();
        assertThat(phrase.getString("search.nodes[0].highlight")).contains("<mark>tiers payant</mark>");
    }

    @Test
    void englishQuotesAreSearchedInEnglish() {
        JsonPath data = search("doctors billed");

        assertThat(data.getList("search.nodes.observation.publication.language")).contains("en");
        assertThat(data.getList("search.nodes.highlight", String.class))
                .anySatisfy(passage -> assertThat(passage).contains("<mark>doctors</mark>", "<mark>billed</mark>"));
    }

    @Test
    void theMostRelevantComeFirst() {
        List<Double> scores = search("téléconsultation Doctolib").getList("search.nodes.score", Double.class);

        assertThat(scores).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theFilterSlicesAsObservationsDoes() {
        JsonPath all = search("Doctolib");
        JsonPath doctolib = search("Doctolib", Map.of("source", List.of("DOCTOLIB")), 50);

        assertThat(doctolib.getInt("search.totalCount")).isPositive().isLessThan(all.getInt("search.totalCount"));
        assertThat(all.getBoolean("search.totalCountIsExact")).isTrue();
        assertThat(doctolib.getList("search.nodes.observation.source.code")).containsOnly("DOCTOLIB");
        assertThat(search("Doctolib", Map.of("from", "2030-01-01"), 50).getInt("search.totalCount")).isZero();
    }

    @Test
    void pagesFollowTheirCursors() {
        JsonPath first = search("téléconsultations", null, 5);
        String cursor = first.getString("search.pageInfo.endCursor");
        JsonPath second = GraphQL.data(SEARCH, Map.of("text", "téléconsultations", "first", 5, "after", cursor));

        assertThat(first.getBoolean("search.pageInfo.hasNextPage")).isTrue();
        assertThat(second.getList("search.nodes.observation.id")).hasSize(5)
                .doesNotContainAnyElementsOf(first.getList("search.nodes.observation.id"));
        assertThat(search("téléconsultations", null, 10).getList("search.nodes.observation.id"))
                .startsWith(first.<String> getList("search.nodes.observation.id").toArray(String[]::new));
    }

    @Test
    void theIndexFollowsEveryImportCorrectionAndDeletion() {
        assertThat(search("zorglub").getInt("search.totalCount")).isZero();

        Editing.importPublication(publication("Le zorglub a téléconsulté"));
        JsonPath found = search("zorglub");
        assertThat(found.getInt("search.totalCount")).isEqualTo(1);

        String id = found.getString("search.nodes[0].observation.id");
        GraphQL.data("""
                mutation($id: ID!, $patch: ObservationPatch!) { updateObservation(id: $id, patch: $patch) { id } }""",
                Map.of("id", id, "patch", Map.of("quote", "Le marsupilami a téléconsulté")), Tokens.editor("bob"));
        assertThat(search("zorglub").getInt("search.totalCount")).isZero();
        assertThat(search("marsupilami").getInt("search.totalCount")).isEqualTo(1);

        Editing.delete(ID);
        assertThat(search("marsupilami").getInt("search.totalCount")).isZero();
    }

    @Test
    void aMatchOutsideTheQuoteIsMarkedWhereItIs() {
        Editing.importPublication(publication("Le zorglub a téléconsulté"));

        JsonPath inTheTitle = search("\"une publication de test\"");
        JsonPath inTheQuote = search("zorglub publication");

        assertThat(inTheTitle.getList("search.nodes.observation.publication.id")).containsExactly(ID);
        assertThat(inTheTitle.getString("search.nodes[0].highlight")).isEqualTo("Une <mark>publication de test</mark>");
        assertThat(inTheQuote.getString("search.nodes[0].highlight")).isEqualTo("Le <mark>zorglub</mark> a téléconsulté");
    }

    @Test
    void aMistakeGetsACode() {
        assertThat(GraphQL.code(GraphQL.error(SEARCH, Map.of("text", "x".repeat(201))))).isEqualTo("SEARCH_TOO_LONG");
        assertThat(GraphQL.code(GraphQL.error(SEARCH, Map.of("text", "les des"))))
                .isEqualTo("INVALID_SEARCH");
        assertThat(GraphQL.code(GraphQL.error(SEARCH, Map.of("text", "santé", "after", "garbage"))))
                .isEqualTo("INVALID_CURSOR");
        assertThat(GraphQL.code(GraphQL.error(SEARCH, Map.of("text", "santé", "first", 501))))
                .isEqualTo("PAGE_TOO_LARGE");
    }

    @Test
    void aSearchIsInTheCostModel() {
        Map<String, Object> error = GraphQL.error("""
                { search(text: "santé", first: 500) { nodes { observation { series {
                    observations(first: 500) { nodes { id value } } } } } } }""");

        assertThat(GraphQL.code(error)).isEqualTo("QUERY_TOO_COMPLEX");
    }

    static PublicationInput publication(String quote) {
        return new PublicationInput(ID, "ASSURANCE_MALADIE", "Une publication de test", "2021-06-01", null,
                List.of("A. Tester"), "fr", null, null, List.of(new ObservationInput("TELECONSULTATIONS.ALL.FR",
                        "2010-W01", 1.0, null, null, Qualifier.EXACT, "ASSURANCE_MALADIE", quote, null)));
    }
}
