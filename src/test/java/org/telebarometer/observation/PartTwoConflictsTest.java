package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The conflicts of part 2 of the research on published figures (29–38), found by the discrepancy report where the
 * periods are comparable; each pair of values is sorted. Conflicts 33, 37 and 38 compare periods the report rightly
 * does not pair (a half-year against a year of totals, a week against seven weeks, weekly against monthly counts); in
 * conflict 30, « environ 17,3 millions » (2020) is within the ten percent an approximate figure allows of 18,6 millions.
 */
@QuarkusTest
class PartTwoConflictsTest {

    @Test
    void conflict29TheShareOfSickNotesWrittenByAnotherDoctorIn2021Is30Or80() {
        assertThat(pairs("SICK_LEAVE_NON_TREATING_SHARE", "ALL", "FR", "ALL", "2021-01-01", "2021-12-31"))
                .contains(List.of(30.0, 80.0));
    }

    /** « un peu moins de 600 000 » is kept AT_MOST, a half-line that 110 000 meets: the reader compares them. */
    @Test
    void conflict29TheSickNotesOf2021AreServedSideBySide() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {series: ["SICK_LEAVE_PRESCRIPTIONS.ALL.FR"], from: "2021-01-01",
                                        to: "2021-12-31"}, first: 50) {
                    nodes { value qualifier period { label } } } }""");
        List<Map<String, Object>> annual = data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> "2021".equals(((Map<?, ?>) node.get("period")).get("label")))
                .toList();
        assertThat(annual).extracting(node -> ((Number) node.get("value")).doubleValue() + " " + node.get("qualifier"))
                .containsExactlyInAnyOrder("110000.0 EXACT", "600000.0 AT_MOST");
    }

    @Test
    void conflict30TheAnnualTotalsOf2021To2023AsConsolidatedDisagreeWithEarlierOnes() {
        assertThat(pairs("TELECONSULTATIONS_TOTAL", "ALL", "FR", "ALL", "2021-01-01", "2021-12-31"))
                .contains(List.of(11966153.0, 13200000.0));
        assertThat(pairs("TELECONSULTATIONS_TOTAL", "ALL", "FR", "ALL", "2022-01-01", "2022-12-31"))
                .contains(List.of(12500000.0, 12600000.0));
        assertThat(pairs("TELECONSULTATIONS_TOTAL", "ALL", "FR", "ALL", "2023-01-01", "2023-12-31"))
                .contains(List.of(11600000.0, 11700000.0), List.of(11500000.0, 11700000.0),
                        List.of(11700000.0, 12000000.0));
    }

    @Test
    void conflict31TheIleDeFranceShareOfTheFirstYearIs44Or38() {
        assertThat(pairs("TELECONSULTATION_DISTRIBUTION_SHARE", "ALL", "FR_IDF", "ALL", "2018-09-15", "2019-09-15"))
                .contains(List.of(38.0, 44.0));
    }

    @Test
    void conflict32TheShareOfPatientsInAldBeforeCovidIs27Or30() {
        assertThat(pairs("TELECONSULTATION_DISTRIBUTION_SHARE", "ALL", "FR", "ALD_PATIENTS", "2018-09-15",
                "2019-09-15")).contains(List.of(27.0, 30.0));
    }

    @Test
    void conflict34TheTotalOf2019From75000To127178() {
        assertThat(pairs("TELECONSULTATIONS_TOTAL", "ALL", "FR", "ALL", "2019-01-01", "2019-12-31"))
                .contains(List.of(75000.0, 127178.0));
    }

    @Test
    void conflict35ThePractitionersOf2019Are1600Or3000() {
        assertThat(pairs("PRACTITIONERS", "ALL", "FR", "ALL", "2019-01-01", "2019-12-31"))
                .contains(List.of(1600.0, 3000.0));
    }

    @Test
    void conflict36ThePeakShareOfSpring2020OfEightToTenPercentIsTheOutlier() {
        assertThat(pairs("TELECONSULTATION_SHARE", "ALL", "FR", "ALL", "2020-04-01", "2020-04-30"))
                .contains(List.of(9.0, 20.0));
    }

    /** The pairs of values the discrepancy report gives for one series in the range, each pair sorted. */
    private static List<List<Double>> pairs(String metric, String specialty, String geography, String population,
            String from, String to) {
        JsonPath data = GraphQL.data("""
                query($metric: String!, $specialty: String!, $geography: String!, $population: String!,
                      $from: Date!, $to: Date!) {
                  discrepancies(metric: [$metric], specialty: [$specialty], geography: [$geography],
                                population: [$population], from: $from, to: $to, first: 500) {
                    nodes { first { value } second { value } } } }""",
                Map.of("metric", metric, "specialty", specialty, "geography", geography, "population", population,
                        "from", from, "to", to));
        return data.<Map<String, Map<String, Number>>> getList("discrepancies.nodes").stream()
                .map(node -> Stream.of(node.get("first").get("value").doubleValue(),
                        node.get("second").get("value").doubleValue()).sorted().toList())
                .toList();
    }
}
