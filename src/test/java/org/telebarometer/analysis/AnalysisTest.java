package org.telebarometer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Timelines, as-of queries, discrepancies and transforms over the real dataset.
 */
@QuarkusTest
class AnalysisTest {

    private static final String MONTHLY_2020 = """
            { timeline(metric: "TELECONSULTATIONS", from: "2020-01-01", to: "2020-12-31") {
                seriesKey aggregation rule granularity transform
                points { period { label } value level min max lowerBound upperBound observationCount
                         observationIds conflict values conflictingObservationIds
                         observations { value publication { id } } } } }""";

    @Test
    void theMonthlyTimelineOfWeeklyCountsIn2020() {
        JsonPath data = GraphQL.data(MONTHLY_2020);

        assertThat(data.getString("timeline.seriesKey")).isEqualTo("TELECONSULTATIONS.ALL.FR");
        assertThat(data.getString("timeline.aggregation")).isEqualTo("MEAN");
        assertThat(data.getString("timeline.rule")).contains("weighted by its days inside the bucket");
        assertThat(data.getList("timeline.points.period.label")).containsExactly("2020-01", "2020-02", "2020-03",
                "2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12");
        // July: W27 (5 days in July), W28, W29, W30 (7 days each), W31 (5 days), weighted by their days in July
        assertThat(data.getDouble("timeline.points[6].level"))
                .isCloseTo((5 * 364_000 + 7 * 328_000 + 7 * 234_000 + 7 * 267_000 + 5 * 253_000) / 31.0, within(1e-6));
        assertThat(data.getDouble("timeline.points[6].min")).isEqualTo(234_000);
        assertThat(data.getDouble("timeline.points[6].max")).isEqualTo(364_000);
        assertThat(data.getInt("timeline.points[6].observationCount")).isEqualTo(5);
        assertThat(data.getBoolean("timeline.points[6].conflict")).isFalse();
        // January: the first week's 3,700, under the bound "moins de 10 000 par semaine jusque début mars"
        assertThat(data.getDouble("timeline.points[0].value")).isEqualTo(3_700);
        assertThat(data.getDouble("timeline.points[0].upperBound")).isEqualTo(10_000);
        // February: no count, only the bound: the point is there with a null value
        assertThat(data.getString("timeline.points[1].value")).isNull();
        assertThat(data.getDouble("timeline.points[1].upperBound")).isEqualTo(10_000);
        // December: nothing but a bound for a span that does not cover the month
        assertThat(data.getString("timeline.points[11].value")).isNull();
        assertThat(data.getInt("timeline.points[11].observationCount")).isZero();
    }

    @Test
    void aPointSaysWhenSourcesDisagree() {
        JsonPath data = GraphQL.data(MONTHLY_2020);

        assertThat(data.getBoolean("timeline.points[2].conflict")).isTrue();
        assertThat(data.getList("timeline.points[2].values")).contains(80_000.0, 90_000.0, 486_369.0, 523_000.0,
                527_000.0).as("a bound for one week does not bound the month").doesNotContain(1_000_000.0);
        assertThat(data.getList("timeline.points[2].conflictingObservationIds"))
                .isSubsetOf(data.getList("timeline.points[2].observationIds")).isNotEmpty();
        assertThat(data.getList("timeline.points[2].observations.publication.id"))
                .contains("cnam-2020-03-31", "afp-2020-04-23-tellerreport", "gazette-683598");
    }

    @Test
    void weeklyBucketsAndNamedPeriods() {
        JsonPath data = GraphQL.data("""
                { timeline(metric: "TELECONSULTATIONS", granularity: WEEK, during: "FIRST_LOCKDOWN") {
                    points { period { label } value min max } } }""");

        List<String> weeks = data.getList("timeline.points.period.label");
        assertThat(weeks.get(0)).isEqualTo("2020-W12");
        assertThat(weeks.get(weeks.size() - 1)).isEqualTo("2020-W19");
        assertThat(weeks).hasSize(8);
        assertThat(data.getDouble("timeline.points[0].min")).isEqualTo(80_000);
        assertThat(data.getDouble("timeline.points[0].max")).isEqualTo(90_000);
        assertThat(data.getDouble("timeline.points[7].value")).isEqualTo(951_000);
    }

    @Test
    void totalsAreSummedOverWholePeriodsOnly() {
        JsonPath data = GraphQL.data("""
                { timeline(metric: "TELECONSULTATIONS_TOTAL", granularity: YEAR, from: "2020-01-01", to: "2022-12-31") {
                    aggregation points { period { label } level min max lowerBound conflict } } }""");

        assertThat(data.getString("timeline.aggregation")).isEqualTo("SUM");
        assertThat(data.getList("timeline.points.period.label")).containsExactly("2020", "2021", "2022");
        assertThat(data.getDouble("timeline.points[0].min")).isEqualTo(17_000_000);
        assertThat(data.getDouble("timeline.points[0].max")).isEqualTo(20_000_000);
        assertThat(data.getDouble("timeline.points[0].lowerBound")).isEqualTo(18_000_000);
        assertThat(data.getBoolean("timeline.points[0].conflict")).isTrue();
        assertThat(data.getDouble("timeline.points[1].level")).as("2021: two alternatives, their mean")
                .isEqualTo((11_966_153 + 13_200_000) / 2.0);
        assertThat(data.getDouble("timeline.points[1].min")).isEqualTo(11_966_153);
        assertThat(data.getDouble("timeline.points[1].max")).isEqualTo(13_200_000);
        assertThat(data.getDouble("timeline.points[2].level")).as("2022: the year's own totals, not its few months")
                .isEqualTo((12_500_000 + 12_600_000) / 2.0);
    }

    @Test
    void transformsShowChanges() {
        JsonPath data = GraphQL.data("""
                { level: timeline(metric: "TELECONSULTATIONS", from: "2020-05-01", to: "2020-09-30") { points { value } }
                  change: timeline(metric: "TELECONSULTATIONS", from: "2020-06-01", to: "2020-09-30", transform: CHANGE) {
                    transform points { period { label } value level } }
                  percent: timeline(metric: "TELECONSULTATIONS", from: "2020-06-01", to: "2020-09-30", transform: PERCENT_CHANGE) {
                    points { value } }
                  yearly: timeline(metric: "TELECONSULTATIONS_TOTAL", granularity: YEAR, from: "2019-01-01", to: "2021-12-31") {
                    points { level } }
                  yoy: timeline(metric: "TELECONSULTATIONS_TOTAL", granularity: YEAR, from: "2021-01-01", to: "2021-12-31",
                    transform: YEAR_ON_YEAR) { points { period { label } value } } }""");

        List<Double> levels = doubles(data, "level.points.value");
        assertThat(data.getList("change.points.period.label")).containsExactly("2020-06", "2020-07", "2020-08", "2020-09");
        assertThat(doubles(data, "change.points.level")).isEqualTo(levels.subList(1, 5));
        for (int month = 0; month < 4; month++) {
            double before = levels.get(month);
            double now = levels.get(month + 1);
            assertThat(data.getDouble("change.points[" + month + "].value")).isCloseTo(now - before, within(1e-6));
            assertThat(data.getDouble("percent.points[" + month + "].value"))
                    .isCloseTo((now / before - 1) * 100, within(1e-9));
        }
        List<Double> yearly = doubles(data, "yearly.points.level");
        assertThat(data.getList("yoy.points.period.label")).containsExactly("2021");
        assertThat(data.getDouble("yoy.points[0].value")).isCloseTo((yearly.get(2) / yearly.get(1) - 1) * 100, within(1e-9));
    }

    @Test
    void asOfTheFirstOfAprilTheWeekOf23MarchIsTheReleasedCount() {
        String query = """
                query($asOf: Date) {
                  timeline(metric: "TELECONSULTATIONS", granularity: WEEK, from: "2020-03-23", to: "2020-03-29", asOf: $asOf) {
                    points { value values } }
                  observations(filter: {series: ["TELECONSULTATIONS.ALL.FR"], from: "2020-03-23", to: "2020-03-29", asOf: $asOf}) {
                    nodes { value publication { id publishedOn } } }
                  seriesByKey(key: "TELECONSULTATIONS.ALL.FR") {
                    observations(from: "2020-03-23", to: "2020-03-29", asOf: $asOf) { nodes { value } } } }""";

        JsonPath before = GraphQL.data(query, Map.of("asOf", "2020-04-01"));
        JsonPath dayBefore = GraphQL.data(query, Map.of("asOf", "2020-04-22"));
        JsonPath after = GraphQL.data(query, Map.of("asOf", "2020-04-23"));

        assertThat(before.getList("timeline.points[0].values")).containsExactly(486_369.0);
        assertThat(before.getDouble("timeline.points[0].value")).isEqualTo(486_369);
        assertThat(before.getList("observations.nodes.value")).contains(486_369.0).doesNotContain(523_000.0);
        assertThat(before.<String> getList("observations.nodes.publication.publishedOn"))
                .allSatisfy(day -> assertThat(day).isLessThanOrEqualTo("2020-04-01"));
        assertThat(before.getList("seriesByKey.observations.nodes.value"))
                .isEqualTo(before.getList("observations.nodes.value"));
        assertThat(dayBefore.getList("timeline.points[0].values")).containsExactly(486_369.0);
        assertThat(after.getList("timeline.points[0].values")).containsExactlyInAnyOrder(486_369.0, 523_000.0);
        assertThat(after.getBoolean("timeline.points[0].value")).isNotNull();
    }

    @Test
    void theTwoMarch2020PublicationsDisagreeOnTheWeekOf23March() {
        JsonPath data = GraphQL.data("""
                { discrepancies(metric: "TELECONSULTATIONS", specialty: "ALL", from: "2020-03-23", to: "2020-03-29", first: 500) {
                    totalCount
                    nodes { series { key } relativeGap absoluteGap overlapDays
                            first { value qualifier publication { id } } second { value qualifier publication { id } } } } }""");

        List<Map<String, Object>> pairs = data.getList("discrepancies.nodes");
        Map<String, Object> march = pairs.stream()
                .filter(d -> publications(d).equals(List.of("cnam-2020-03-31", "gers-mind-2020-11-24")))
                .findFirst().orElseThrow();
        assertThat(((Number) march.get("relativeGap")).doubleValue()).isCloseTo(0.513631, within(1e-9));
        assertThat(((Number) march.get("absoluteGap")).doubleValue()).isEqualTo(513_631);
        assertThat(march.get("overlapDays")).isEqualTo(7);
        assertThat(pairs).noneMatch(d -> publications(d).equals(List.of("cnam-2020-03-31", "ticsante-5101")));
        assertThat(data.getInt("discrepancies.totalCount")).isEqualTo(pairs.size());
    }

    @Test
    void aMinimumGapLeavesOutDifferencesOfRounding() {
        JsonPath all = GraphQL.data("""
                { discrepancies(metric: "TELECONSULTATIONS", from: "2020-03-16", to: "2020-03-29") { totalCount nodes { relativeGap } } }""");
        JsonPath large = GraphQL.data("""
                { discrepancies(metric: "TELECONSULTATIONS", from: "2020-03-16", to: "2020-03-29", minRelativeGap: 0.1) {
                    totalCount nodes { relativeGap first { value } second { value } } } }""");

        assertThat(large.getInt("discrepancies.totalCount")).isLessThan(all.getInt("discrepancies.totalCount")).isPositive();
        assertThat(large.<Double> getList("discrepancies.nodes.relativeGap"))
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(0.1));
        assertThat(all.<Double> getList("discrepancies.nodes.relativeGap")).anySatisfy(gap -> assertThat(gap).isLessThan(0.01));
    }

    @Test
    void discrepanciesArePagedAndWorkDuringANamedPeriod() {
        JsonPath first = GraphQL.data("""
                { discrepancies(during: "FIRST_LOCKDOWN", first: 2) { totalCount nodes { relativeGap }
                    pageInfo { hasNextPage endCursor } } }""");
        JsonPath second = GraphQL.data("""
                query($after: String) { discrepancies(during: "FIRST_LOCKDOWN", first: 2, after: $after) {
                  nodes { relativeGap } pageInfo { hasPreviousPage } } }""",
                Map.of("after", first.getString("discrepancies.pageInfo.endCursor")));

        assertThat(first.getInt("discrepancies.totalCount")).isGreaterThan(2);
        assertThat(first.getBoolean("discrepancies.pageInfo.hasNextPage")).isTrue();
        assertThat(second.getList("discrepancies.nodes")).hasSize(2);
        assertThat(second.getBoolean("discrepancies.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void theNamedPeriodsIncludeTheCurfewsTheThirdLockdownAndTheBaseline() {
        JsonPath data = GraphQL.data("""
                { third: namedPeriod(code: "THIRD_LOCKDOWN") { start end }
                  baseline: namedPeriod(code: "PRE_CRISIS") { start end }
                  curfew: namedPeriod(code: "CURFEW_2020") { start end description }
                  observations(filter: {during: "PRE_CRISIS", publication: ["cnam-2020-03-31"]}) { nodes { value } } }""");

        assertThat(data.getString("third.start")).isEqualTo("2021-04-03");
        assertThat(data.getString("third.end")).isEqualTo("2021-05-02");
        assertThat(data.getString("baseline.start")).isEqualTo("2019-01-01");
        assertThat(data.getString("baseline.end")).isEqualTo("2020-03-15");
        assertThat(data.getString("curfew.description")).contains("October 2020");
        assertThat(data.getList("observations.nodes.value")).containsExactlyInAnyOrder(10_000.0, 1.0, 40.0);
    }

    @Test
    void badArgumentsGetCodedErrors() {
        assertThat(GraphQL.code(GraphQL.error("{ timeline(metric: \"NOPE\") { rule } }"))).isEqualTo("UNKNOWN_METRIC");
        assertThat(GraphQL.code(GraphQL.error("{ timeline(metric: \"TELECONSULTATIONS\", specialty: \"GP\") { rule } }")))
                .isEqualTo("UNKNOWN_SPECIALTY");
        assertThat(GraphQL.code(GraphQL.error(
                "{ timeline(metric: \"TELECONSULTATIONS\", from: \"2020-05-01\", to: \"2020-01-01\") { rule } }")))
                .isEqualTo("INVALID_DATE_RANGE");
        assertThat(GraphQL.code(GraphQL.error(
                "{ timeline(metric: \"TELECONSULTATIONS\", granularity: WEEK, from: \"1900-01-01\", to: \"2100-01-01\") { rule } }")))
                .isEqualTo("TIMELINE_TOO_LONG");
        assertThat(GraphQL.code(GraphQL.error("{ discrepancies(minRelativeGap: -1) { totalCount } }")))
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(GraphQL.code(GraphQL.error("{ discrepancies(asOf: \"soon\") { totalCount } }")))
                .isEqualTo("INVALID_DATE");
        assertThat(GraphQL.code(GraphQL.error("{ discrepancies(after: \"x\") { totalCount } }")))
                .isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aSeriesWithoutFiguresHasAnEmptyTimeline() {
        JsonPath data = GraphQL.data("""
                { timeline(metric: "TELECONSULTATIONS", specialty: "NEUROLOGY") { seriesKey series { key } points { value } } }""");

        assertThat(data.getString("timeline.seriesKey")).isEqualTo("TELECONSULTATIONS.NEUROLOGY.FR");
        assertThat(data.getString("timeline.series")).isNull();
        assertThat(data.getList("timeline.points")).isEmpty();
    }

    /** Floats as doubles: an integral Float may arrive as a JSON integer. */
    private static List<Double> doubles(JsonPath data, String path) {
        return data.<Number> getList(path).stream().map(Number::doubleValue).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> publications(Map<String, Object> discrepancy) {
        String first = (String) ((Map<String, Object>) ((Map<String, Object>) discrepancy.get("first")).get("publication")).get("id");
        String second = (String) ((Map<String, Object>) ((Map<String, Object>) discrepancy.get("second")).get("publication")).get("id");
        return List.of(first, second).stream().sorted().toList();
    }
}
