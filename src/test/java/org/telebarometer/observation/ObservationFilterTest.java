package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.telebarometer.period.Period;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.SeedFigures;
import org.telebarometer.support.SeedFigures.Figure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each filter of {@code observations}, checked against the seed figures. Every query is restricted to the seed
 * publications so that the expectations hold however much data is added.
 */
@QuarkusTest
class ObservationFilterTest {

    private static final String SEEDS = "publication: [\"cnam-2020-03-31\", \"gers-mind-2020-11-24\"]";

    @Test
    void byMetric() {
        assertSelects("metric: [\"TELECONSULTATIONS\"]", f -> f.metric().equals("TELECONSULTATIONS"));
        assertSelects("metric: [\"PRACTITIONERS\", \"TREATING_PHYSICIAN_SHARE\"]",
                f -> f.metric().equals("PRACTITIONERS") || f.metric().equals("TREATING_PHYSICIAN_SHARE"));
    }

    @Test
    void bySpecialtyExactlyUnlessDescendantsAreAsked() {
        assertSelects("specialty: [\"GENERAL_PRACTICE\"]", f -> f.specialty().equals("GENERAL_PRACTICE"));
        assertSelects("specialty: [\"SPECIALISTS\"]", f -> f.specialty().equals("SPECIALISTS"));
        assertSelects("specialty: [\"ALL\"]", f -> f.specialty().equals("ALL"));
        assertSelects("specialty: [\"ALL\"], includeDescendants: false", f -> f.specialty().equals("ALL"));
        assertSelects("specialty: [\"ALL\"], includeDescendants: true", f -> true);
    }

    @Test
    void byGeographyAndSeries() {
        assertSelects("geography: [\"FR\"]", f -> true);
        assertSelects("series: [\"PRACTITIONER_SHARE.GENERAL_PRACTICE.FR\"]",
                f -> f.seriesKey().equals("PRACTITIONER_SHARE.GENERAL_PRACTICE.FR"));
    }

    @Test
    void bySourceDistinctFromPublisher() {
        assertSelects("source: [\"GERS_DATA\"]", f -> f.source().equals("GERS_DATA"));
        assertSelects("source: [\"ASSURANCE_MALADIE\"]", f -> f.source().equals("ASSURANCE_MALADIE"));
        assertSelects("publisher: [\"MIND_HEALTH\"]", f -> f.publication().equals(SeedFigures.MIND));
        assertSelects("publisher: [\"MIND_HEALTH\"], source: [\"ASSURANCE_MALADIE\"]",
                f -> f.publication().equals(SeedFigures.MIND) && f.source().equals("ASSURANCE_MALADIE"));
    }

    @Test
    void byPublication() {
        JsonPath data = GraphQL.data("{ observations(filter: {publication: [\"cnam-2020-03-31\"]}) "
                + "{ totalCount nodes { publication { id } } } }");

        assertThat(data.getInt("observations.totalCount"))
                .isEqualTo(SeedFigures.count(f -> f.publication().equals(SeedFigures.CNAM)));
        assertThat(data.<String> getList("observations.nodes.publication.id")).containsOnly(SeedFigures.CNAM);
    }

    @Test
    void byDatesKeepingPeriodsThatOverlapTheRange() {
        assertSelects("from: \"2020-10-01\"", overlaps("2020-10-01", null));
        assertSelects("to: \"2020-01-05\"", overlaps(null, "2020-01-05"));
        assertSelects("from: \"2020-03-23\", to: \"2020-03-29\"", overlaps("2020-03-23", "2020-03-29"));
        assertSelects("from: \"2020-03-29\", to: \"2020-03-29\"", overlaps("2020-03-29", "2020-03-29"));
    }

    @Test
    void byNamedPeriod() {
        assertSelects("during: \"FIRST_LOCKDOWN\"", overlaps("2020-03-17", "2020-05-10"));
        assertSelects("during: \"SECOND_LOCKDOWN\"", overlaps("2020-10-30", "2020-12-14"));
        assertThat(count("during: \"SECOND_LOCKDOWN\"")).isEqualTo(4);
    }

    @Test
    void aNamedPeriodAndDatesMustBothBeOverlapped() {
        assertSelects("during: \"FIRST_LOCKDOWN\", from: \"2020-04-01\"",
                overlaps("2020-03-17", "2020-05-10").and(overlaps("2020-04-01", null)));
    }

    @Test
    void byQualifier() {
        for (String qualifier : List.of("EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST", "RANGE")) {
            assertSelects("qualifier: [" + qualifier + "]", f -> f.qualifier().equals(qualifier));
        }
        assertSelects("qualifier: [AT_LEAST, AT_MOST]", f -> f.qualifier().startsWith("AT_"));
    }

    @Test
    void filtersCombine() {
        assertSelects("metric: [\"TELECONSULTATION_SHARE\"], specialty: [\"GENERAL_PRACTICE\"], source: [\"GERS_DATA\"], "
                + "during: \"FIRST_LOCKDOWN\"", f -> f.metric().equals("TELECONSULTATION_SHARE")
                        && f.specialty().equals("GENERAL_PRACTICE") && f.source().equals("GERS_DATA")
                        && overlaps("2020-03-17", "2020-05-10").test(f));
        assertThat(count("metric: [\"TELECONSULTATIONS\"], qualifier: [RANGE]")).isZero();
    }

    @Test
    void emptyListsDoNotFilter() {
        assertSelects("metric: [], specialty: [], source: [], qualifier: []", f -> true);
    }

    @Test
    void resultsAreOrderedByPeriodStartThenSeriesKey() {
        JsonPath data = GraphQL.data("{ observations(filter: {" + SEEDS + "}) { nodes { id period { start } series { key } } } }");

        List<String> order = data.<Map<String, Object>> getList("observations.nodes").stream()
                .map(node -> startOf(node) + " " + keyOf(node))
                .toList();
        assertThat(order).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(order.get(0)).isEqualTo("2019-01-01 TELECONSULTATION_SHARE.ALL.FR");
    }

    private static void assertSelects(String filter, Predicate<Figure> expected) {
        JsonPath data = GraphQL.data("{ observations(filter: {" + SEEDS + ", " + filter + "}) { totalCount "
                + "nodes { value publication { id } period { label } series { key } } } }");
        List<String> served = data.<Map<String, Object>> getList("observations.nodes").stream()
                .map(ObservationFilterTest::describe).sorted().toList();
        List<String> wanted = SeedFigures.ALL.stream().filter(expected).map(ObservationFilterTest::describe).sorted().toList();
        assertThat(served).as(filter).isEqualTo(wanted);
        assertThat(data.getInt("observations.totalCount")).as(filter).isEqualTo(wanted.size());
    }

    private static int count(String filter) {
        return GraphQL.data("{ observations(filter: {" + SEEDS + ", " + filter + "}) { totalCount } }")
                .getInt("observations.totalCount");
    }

    private static Predicate<Figure> overlaps(String from, String to) {
        return f -> Period.parse(f.period()).overlaps(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static String describe(Figure figure) {
        return figure.publication() + " " + figure.seriesKey() + " " + figure.period() + " " + figure.value();
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> node) {
        return ((Map<String, Object>) node.get("publication")).get("id") + " " + keyOf(node) + " "
                + ((Map<String, Object>) node.get("period")).get("label") + " " + ((Number) node.get("value")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static String keyOf(Map<String, Object> node) {
        return (String) ((Map<String, Object>) node.get("series")).get("key");
    }

    @SuppressWarnings("unchecked")
    private static String startOf(Map<String, Object> node) {
        return (String) ((Map<String, Object>) node.get("period")).get("start");
    }
}
