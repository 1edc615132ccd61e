package org.telebarometer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The codes the API is sliced by: metrics, specialties, organisations, geographies, named periods, series.
 */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void theSixCoreMetricCodesAreServedWithTheirUnits() {
        JsonPath data = GraphQL.data("{ metrics { code unit name definition } }");

        assertThat(data.getList("metrics.code")).contains("TELECONSULTATIONS", "TELECONSULTATION_SHARE", "PRACTITIONERS",
                "PRACTITIONER_SHARE", "TREATING_PHYSICIAN_SHARE", "THIRD_PARTY_PAYMENT_SHARE").isSorted();
        assertThat(GraphQL.data("{ metric(code: \"TELECONSULTATIONS\") { unit definition } }").getString("metric.unit"))
                .isEqualTo("COUNT");
        assertThat(GraphQL.data("{ metric(code: \"TELECONSULTATIONS\") { definition } }").getString("metric.definition"))
                .contains("weekly average");
        assertThat(GraphQL.data("{ metric(code: \"PRACTITIONER_SHARE\") { unit } }").getString("metric.unit"))
                .isEqualTo("PERCENT");
    }

    @Test
    void specialtiesFormATreeUnderAll() {
        JsonPath data = GraphQL.data("""
                { specialty(code: "ALL") { label parent { code } children { code parent { code } } }
                  specialties { code } }""");

        assertThat(data.getString("specialty.parent")).isNull();
        assertThat(data.getList("specialty.children.code")).containsExactly("AUXILIARIES", "GENERAL_PRACTICE",
                "HEALTH_CENTRES", "HOSPITAL", "LIBERAUX", "NON_TREATING_PHYSICIANS", "PHARMACY_ASSISTED", "PLATFORMS",
                "SPECIALISTS", "TELEPHONE_ONLY", "VIDEO_AND_TELEPHONE", "VIDEO_ONLY");
        assertThat(data.getList("specialty.children.parent.code")).containsOnly("ALL");
        assertThat(data.getList("specialties.code")).contains("ALL", "GENERAL_PRACTICE", "SPECIALISTS");
    }

    @Test
    void organisationsHaveAKind() {
        JsonPath data = GraphQL.data("{ organizations { code kind name url } }");

        assertThat(data.getList("organizations.code")).contains("ASSURANCE_MALADIE", "GERS_DATA", "MIND_HEALTH");
        assertThat(GraphQL.data("{ organization(code: \"GERS_DATA\") { kind } }").getString("organization.kind"))
                .isEqualTo("DATA_PROVIDER");
        assertThat(GraphQL.data("{ organization(code: \"MIND_HEALTH\") { kind } }").getString("organization.kind"))
                .isEqualTo("PRESS");
    }

    @Test
    void franceIsTheGeography() {
        JsonPath data = GraphQL.data("{ geographies { code label level } }");

        assertThat(data.getList("geographies.code")).contains("FR");
        assertThat(data.getString("geographies.find { it.code == 'FR' }.level")).isEqualTo("COUNTRY");
    }

    @Test
    void theDepartementsLieInFrance() {
        JsonPath data = GraphQL.data("{ geographies { code label level parent { code } } }");

        assertThat(data.getList("geographies.findAll { it.level == 'DEPARTMENT' }")).hasSize(101);
        assertThat(data.getString("geographies.find { it.code == 'FR_75' }.label")).isEqualTo("Paris (75)");
        assertThat(data.getString("geographies.find { it.code == 'FR_2A' }.parent.code")).isEqualTo("FR_METRO");
        assertThat(data.getString("geographies.find { it.code == 'FR_974' }.parent.code")).isEqualTo("FR");
    }

    @Test
    void theLockdownsAreNamedPeriods() {
        JsonPath data = GraphQL.data("""
                { first: namedPeriod(code: "FIRST_LOCKDOWN") { start end label }
                  second: namedPeriod(code: "SECOND_LOCKDOWN") { start end }
                  namedPeriods { code start } }""");

        assertThat(data.getString("first.start")).isEqualTo("2020-03-17");
        assertThat(data.getString("first.end")).isEqualTo("2020-05-10");
        assertThat(data.getString("second.start")).isEqualTo("2020-10-30");
        assertThat(data.getString("second.end")).isEqualTo("2020-12-14");
        assertThat(data.<String> getList("namedPeriods.start")).isSorted();
    }

    @Test
    void aSeriesIsAMetricForASpecialtyInAGeography() {
        JsonPath data = GraphQL.data("""
                { seriesByKey(key: "TELECONSULTATION_SHARE.SPECIALISTS.FR") {
                    key metric { code unit } specialty { code label } geography { code }
                    observations { nodes { value period { label } } } } }""");

        assertThat(data.getString("seriesByKey.metric.code")).isEqualTo("TELECONSULTATION_SHARE");
        assertThat(data.getString("seriesByKey.specialty.code")).isEqualTo("SPECIALISTS");
        assertThat(data.getString("seriesByKey.geography.code")).isEqualTo("FR");
        assertThat(data.getList("seriesByKey.observations.nodes.period.label")).containsSubsequence("2020-W44", "2020-W45");
    }

    @Test
    void seriesAreFilteredByTheirDimensions() {
        JsonPath exact = GraphQL.data("{ series(filter: {specialty: [\"ALL\"], geography: [\"FR\"], "
                + "metric: [\"TELECONSULTATIONS\"]}) "
                + "{ totalCount nodes { key } } }");
        JsonPath descendants = GraphQL.data("{ series(filter: {specialty: [\"ALL\"], includeDescendants: true, "
                + "metric: [\"TELECONSULTATIONS\"]}) { nodes { key } } }");

        assertThat(exact.getList("series.nodes.key")).containsExactly("TELECONSULTATIONS.ALL.FR");
        assertThat(exact.getInt("series.totalCount")).isEqualTo(1);
        assertThat(descendants.getList("series.nodes.key"))
                .contains("TELECONSULTATIONS.ALL.FR", "TELECONSULTATIONS.GENERAL_PRACTICE.FR");
    }

    @Test
    void aSeriesObservationsCanBeSlicedByDates() {
        JsonPath data = GraphQL.data("""
                { seriesByKey(key: "TELECONSULTATIONS.ALL.FR") {
                    march: observations(from: "2020-03-16", to: "2020-03-29") { nodes { value } }
                    lockdown: observations(during: "FIRST_LOCKDOWN", first: 500) { nodes { period { end } } } } }""");

        assertThat(data.getList("seriesByKey.march.nodes.value")).contains(80000.0, 486369.0, 1000000.0);
        assertThat(data.<String> getList("seriesByKey.lockdown.nodes.period.end"))
                .allSatisfy(end -> assertThat(end).isGreaterThanOrEqualTo("2020-03-17"));
    }
}
