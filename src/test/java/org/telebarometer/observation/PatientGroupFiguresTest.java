package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The figures of the research (2021–2025) about groups of people: their series have a fourth key part, the
 * population. The rows are written here from the research, independently of the dataset files.
 */
@QuarkusTest
class PatientGroupFiguresTest {

    @ParameterizedTest(name = "#{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            267 | assises-2025-qare             | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR.NO_TREATING_PHYSICIAN | 2024                  | 18   | EXACT | ASSURANCE_MALADIE
            268 | assises-2025-qare             | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.CSS_BENEFICIARIES           | 2024                  | 14   | EXACT | ASSURANCE_MALADIE
            269 | drees-er1249-espacesocial-2   | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR.AGED_15_44     | 2021                  | 45.2 | EXACT | DREES
            274 | drees-er1249-concourspluripro | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR.WOMEN          | 2020-01-01/2021-12-31 | 62   | EXACT | DREES
            275 | cpam-idf-2023-quotidien       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF.AGED_20_39              | 2023-01-01/2023-06-30 | 55   | EXACT | ASSURANCE_MALADIE
            276 | cpam-idf-2023-quotidien       | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR_IDF.UNDER_40          | 2023-01-01/2023-06-30 | 82   | EXACT | ASSURANCE_MALADIE
            277 | let-2022-esantetech           | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR.NO_TREATING_PHYSICIAN | 2021-08-01/2021-11-30 | 27.6 | EXACT | LET
            279 | let-2022-esantetech           | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR.WOMEN                 | 2021-08-01/2021-11-30 | 64   | EXACT | LET
            283 | drees-er1366-buzzesante       | POPULATION_USE_SHARE.ALL.FR.CONSULTED_A_DOCTOR                         | 2024                  | 18   | EXACT | DREES
            284 | drees-er1366-lasantepublique  | POPULATION_USE_SHARE.ALL.FR.AGED_18_29                                 | 2024                  | 23   | EXACT | DREES
            284 | drees-er1366-lasantepublique  | POPULATION_USE_SHARE.ALL.FR.AGED_30_44                                 | 2024                  | 22   | EXACT | DREES
            284 | drees-er1366-lasantepublique  | POPULATION_USE_SHARE.ALL.FR.AGED_45_59                                 | 2024                  | 14   | EXACT | DREES
            284 | drees-er1366-lasantepublique  | POPULATION_USE_SHARE.ALL.FR.AGED_60_AND_OVER                           | 2024                  | 6    | EXACT | DREES
            284 | drees-er1366-lasantepublique  | POPULATION_USE_SHARE.ALL.FR.AGED_75_AND_OVER                           | 2024                  | 4    | EXACT | DREES
            """)
    void aFigureAboutAGroupOfPeopleIsServed(int figure, String publication, String series, String period,
            double value, String qualifier, String source) {
        ResearchFiguresTest.assertServed(publication, series, period, value, qualifier, source);
    }

    @Test
    void aSeriesNamesItsPopulationAndEveryoneIsTheDefault() {
        JsonPath data = GraphQL.data("""
                { group: seriesByKey(key: "POPULATION_USE_SHARE.ALL.FR.AGED_18_29") {
                    key population { code label parent { code } } }
                  everyone: seriesByKey(key: "POPULATION_USE_SHARE.ALL.FR") { key population { code } }
                  same: seriesByKey(key: "POPULATION_USE_SHARE.ALL.FR.ALL") { key } }""");

        assertThat(data.getString("group.population.code")).isEqualTo("AGED_18_29");
        assertThat(data.getString("group.population.parent.code")).isEqualTo("ALL");
        assertThat(data.getString("everyone.population.code")).isEqualTo("ALL");
        assertThat(data.getString("same.key")).isEqualTo("POPULATION_USE_SHARE.ALL.FR");
    }

    @Test
    void observationsAreSlicedByPopulation() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {metric: ["POPULATION_USE_SHARE"], population: ["AGED_18_29", "AGED_75_AND_OVER"]}) {
                    nodes { value series { key } } }
                  everyone: observations(filter: {metric: ["POPULATION_USE_SHARE"], population: ["ALL"], geography: ["FR"]}) {
                    nodes { value } } }""");

        assertThat(data.getList("observations.nodes.value", Double.class)).containsExactlyInAnyOrder(23.0, 4.0);
        assertThat(data.getList("everyone.nodes.value", Double.class)).contains(15.0, 42.0).doesNotContain(23.0, 18.0);
    }

    @Test
    void anUnknownPopulationIsACodedError() {
        assertThat(GraphQL.code(GraphQL.error("""
                { observations(filter: {population: ["TEENAGERS"]}) { totalCount } }"""))).isEqualTo("UNKNOWN_POPULATION");
        assertThat(GraphQL.code(GraphQL.error("""
                { observations(filter: {series: ["POPULATION_USE_SHARE.ALL.FR.TEENAGERS"]}) { totalCount } }""")))
                .isEqualTo("UNKNOWN_POPULATION");
    }

    @Test
    void theTimelineOfAGroupIsItsOwn() {
        JsonPath data = GraphQL.data("""
                { timeline(metric: "POPULATION_USE_SHARE", population: "AGED_18_29", granularity: YEAR) {
                    points { level } } }""", Map.of());

        assertThat(data.getList("timeline.points.level", Double.class)).containsOnly(23.0);
    }
}
