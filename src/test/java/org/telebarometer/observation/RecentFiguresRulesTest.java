package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * How the figures of 2021–2025 are kept (RecentResearchFiguresTest checks each one): conflicting figures side by side
 * and found by the discrepancy report, the new metrics' units and aggregation, provider groups in the specialty tree,
 * companies as the producers of their own figures, excerpts cut short quoted as shown.
 */
@QuarkusTest
class RecentFiguresRulesTest {

    @Test
    void theAnnualTotalsOf2023ConflictAndTheReportFindsThem() {
        assertThat(valuesOf("TELECONSULTATIONS_TOTAL.ALL.FR", "2023")).contains(11500000.0, 11600000.0, 12000000.0);
        assertThat(discrepancyValues("TELECONSULTATIONS_TOTAL", "2023-01-01", "2023-12-31"))
                .contains(List.of(11500000.0, 12000000.0), List.of(11600000.0, 12000000.0));
    }

    @Test
    void theGrowthRatesOf2024ConflictAndTheReportFindsThem() {
        assertThat(valuesOf("TELECONSULTATIONS_GROWTH.ALL.FR", "2023-01-01/2024-12-31"))
                .contains(20.0, 19.0, 18.7);
        assertThat(discrepancyValues("TELECONSULTATIONS_GROWTH", "2023-01-01", "2024-12-31"))
                .contains(List.of(18.7, 20.0));
    }

    @Test
    void theMonthlyLevelOf2024AndTheLessThanAMillionOf2025AreFoundInConflict() {
        assertThat(discrepancyValues("TELECONSULTATIONS_PER_MONTH", "2024-01-01", "2025-12-31"))
                .contains(List.of(1000000.0, 1200000.0));
    }

    @Test
    void anExcerptCutShortIsQuotedAsShownAndSaysSo() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {publication: ["ccomptes-2025-mind", "drees-er1249-quotidien", "drees-er1366"]},
                               first: 500) {
                    nodes { value quote note publication { id } } } }""");

        List<Map<String, Object>> cut = data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> String.valueOf(node.get("note")).contains("excerpt is cut here"))
                .toList();
        assertThat(cut).extracting(node -> ((Number) node.get("value")).doubleValue())
                .containsExactlyInAnyOrder(10.5, 23.0, 21.0, 12.0);
        assertThat(cut).extracting(node -> (String) node.get("quote"))
                .anySatisfy(quote -> assertThat(quote).endsWith("réalisées dans la rég"))
                .anySatisfy(quote -> assertThat(quote).endsWith("tandis que 18 % sont"))
                .anySatisfy(quote -> assertThat(quote).endsWith("les pet"));
    }

    @Test
    void theNewMetricsHaveTheirUnitAndAggregation() {
        JsonPath data = GraphQL.data("""
                { metrics { code unit aggregation } }""");
        Map<String, String> units = new HashMap<>();
        Map<String, String> aggregations = new HashMap<>();
        data.<Map<String, String>> getList("metrics").forEach(m -> {
            units.put(m.get("code"), m.get("unit"));
            aggregations.put(m.get("code"), m.get("aggregation"));
        });

        assertThat(units).containsEntry("PROVIDER_SHARE_OF_TELECONSULTATIONS", "PERCENT")
                .containsEntry("TELECONSULTATIONS_REIMBURSED_EUR", "EUR")
                .containsEntry("CONSULTATIONS_REIMBURSED_EUR", "EUR")
                .containsEntry("REIMBURSEMENT_SHARE", "PERCENT")
                .containsEntry("TELECONSULTATIONS_GROWTH", "PERCENT_CHANGE")
                .containsEntry("TELECONSULTATION_DISTRIBUTION_SHARE", "PERCENT")
                .containsEntry("POPULATION_USE_SHARE", "PERCENT")
                .containsEntry("TELEEXPERTISES_TOTAL", "COUNT")
                .containsEntry("TELECONSULTATION_CABINS", "COUNT")
                .containsEntry("SICK_LEAVE_PRESCRIPTIONS", "COUNT")
                .containsEntry("SICK_LEAVE_SHARE", "PERCENT");
        assertThat(aggregations).containsEntry("TELECONSULTATIONS_REIMBURSED_EUR", "SUM")
                .containsEntry("TELEEXPERTISES_TOTAL", "SUM")
                .containsEntry("SICK_LEAVE_PRESCRIPTIONS", "SUM")
                .containsEntry("PROVIDER_SHARE_OF_TELECONSULTATIONS", "MEAN")
                .containsEntry("REIMBURSEMENT_SHARE", "MEAN")
                .containsEntry("TELECONSULTATIONS_GROWTH", "MEAN");
    }

    @Test
    void providerGroupsAreSlicedLikeSpecialties() {
        JsonPath data = GraphQL.data("""
                { specialty(code: "ALL") { children { code } }
                  observations(filter: {metric: ["PROVIDER_SHARE_OF_TELECONSULTATIONS"], specialty: ["PLATFORMS"],
                                        includeDescendants: true}, first: 500) {
                    nodes { value period { label } series { specialty { code } } } } }""");

        assertThat(data.getList("specialty.children.code")).contains("LIBERAUX", "PLATFORMS", "PHARMACY_ASSISTED");
        assertThat(data.getList("observations.nodes.series.specialty.code"))
                .containsOnly("PLATFORMS", "TELECONSULTATION_CENTRES");
        assertThat(data.getList("observations.nodes.value", Double.class)).contains(1.0, 6.0, 40.0, 43.0, 44.0, 73.0);
    }

    @Test
    void aCompanysFiguresNameTheCompanyAsTheirProducer() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {source: ["DOCTOLIB", "QARE", "MEDADOM", "MEDADOM_TESSAN_H4D", "OMNIDOC"]},
                               first: 500) {
                    totalCount nodes { source { code kind } } } }""");

        // 22 figures of part 1 of the research notes, 6 of part 2 (two of Doctolib, four of Qare)
        assertThat(data.getInt("observations.totalCount")).isEqualTo(28);
        assertThat(data.getList("observations.nodes.source.kind")).containsOnly("COMPANY");
        assertThat(data.getList("observations.nodes.source.code", String.class).stream()
                .filter("DOCTOLIB"::equals)).hasSize(15);
    }

    private static List<Double> valuesOf(String series, String period) {
        JsonPath data = GraphQL.data("""
                query($series: String!) {
                  observations(filter: {series: [$series], from: "2020-01-01", to: "2025-12-31"}, first: 500) {
                    nodes { value period { label } } } }""", Map.of("series", series));
        return data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> period.equals(((Map<?, ?>) node.get("period")).get("label")))
                .map(node -> ((Number) node.get("value")).doubleValue())
                .toList();
    }

    /** The pairs of values the discrepancy report gives for the metric (series ALL.FR), each pair sorted. */
    private static List<List<Double>> discrepancyValues(String metric, String from, String to) {
        JsonPath data = GraphQL.data("""
                query($metric: String!, $from: Date!, $to: Date!) {
                  discrepancies(metric: [$metric], specialty: ["ALL"], geography: ["FR"], from: $from, to: $to,
                                first: 500) {
                    nodes { first { value } second { value } } } }""",
                Map.of("metric", metric, "from", from, "to", to));
        return data.<Map<String, Map<String, Number>>> getList("discrepancies.nodes").stream()
                .map(node -> Stream.of(node.get("first").get("value").doubleValue(),
                        node.get("second").get("value").doubleValue()).sorted().toList())
                .toList();
    }
}
