package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.telebarometer.dataset.DatasetFiles;
import org.telebarometer.period.Period;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The figures of the research on published figures, served end to end. The expected rows are written here from the
 * research, independently of the dataset files; the number in each comment is the figure's number there, which the
 * dataset files' comments give too ("research figure N").
 */
@QuarkusTest
class ResearchFiguresTest {

    private static final String FIND = """
            query($publication: ID!, $series: String!, $from: Date!, $to: Date!) {
              observations(filter: {publication: [$publication], series: [$series], from: $from, to: $to}) {
                nodes { value low high qualifier period { label } source { code } quote }
              }
            }""";

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rtl-2019-03-26                      | TELECONSULTATIONS.ALL.FR                           | 2018-12                | 200      | EXACT       | ASSURANCE_MALADIE
            rtl-2019-03-26                      | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2018-09-15/2019-03-14  | 7939     | EXACT       | ASSURANCE_MALADIE
            afp-2019-09-12-tellerreport         | PRACTITIONERS.ALL.FR                               | 2018-09-15/2019-09-12  | 1600     | EXACT       | ASSURANCE_MALADIE
            ticsante-5116                       | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2018-09-15/2019-09-15  | 60000    | AT_LEAST    | ASSURANCE_MALADIE
            reuters-2020-03-31-boursorama       | TELECONSULTATIONS.ALL.FR                           | 2020-W12               | 80000    | EXACT       | ASSURANCE_MALADIE
            afp-2020-04-23-tellerreport         | TELECONSULTATIONS.ALL.FR                           | 2020-W12               | 90000    | EXACT       | ASSURANCE_MALADIE
            ticsante-5101                       | TELECONSULTATIONS.ALL.FR                           | 2020-W13               | 486369   | EXACT       | ASSURANCE_MALADIE
            afp-2020-04-23-tellerreport         | TELECONSULTATIONS.ALL.FR                           | 2020-W13               | 523000   | EXACT       | ASSURANCE_MALADIE
            gazette-683598                      | TELECONSULTATIONS.ALL.FR                           | 2020-W13               | 527000   | EXACT       | ASSURANCE_MALADIE
            afp-2020-04-23-francebleu           | TELECONSULTATIONS.ALL.FR                           | 2020-W15               | 1075000  | EXACT       | ASSURANCE_MALADIE
            tlmfmc-463                          | TELECONSULTATIONS.ALL.FR                           | 2020-W15               | 1118175  | EXACT       | ASSURANCE_MALADIE
            quotidienpharmacien-baisse-30       | TELECONSULTATIONS.ALL.FR                           | 2020-W19               | 951000   | EXACT       | ASSURANCE_MALADIE
            afp-2020-06-08-solutions-numeriques | TELECONSULTATIONS.ALL.FR                           | 2020-W20               | 951000   | AT_LEAST    | ASSURANCE_MALADIE
            gers-mind-2020-07-13                | TELECONSULTATIONS.GENERAL_PRACTICE.FR              | 2020-W26               | 375000   | RANGE       | GERS_DATA
            afp-2020-09-02-lifbl                | TELECONSULTATIONS.ALL.FR                           | 2020-W29               | 234000   | EXACT       | ASSURANCE_MALADIE
            afp-2020-09-02-lifbl                | TELECONSULTATIONS.ALL.FR                           | 2020-W33               | 147000   | EXACT       | ASSURANCE_MALADIE
            afp-2020-10-06-midilibre            | TELECONSULTATIONS.ALL.FR                           | 2020-W40               | 252000   | EXACT       | ASSURANCE_MALADIE
            afp-2020-12-09-frenchweb            | TELECONSULTATIONS.ALL.FR                           | 2020-W47               | 528000   | EXACT       | ASSURANCE_MALADIE
            afp-2021-01-frenchweb               | TELECONSULTATIONS.ALL.FR                           | 2020-12-14/2021-01-10  | 100000   | AT_LEAST    | ASSURANCE_MALADIE
            pmp-2021-06-16                      | TELECONSULTATIONS.GENERAL_PRACTICE.FR              | 2020-12-01/2021-06-30  | 400000   | APPROXIMATE | ASSURANCE_MALADIE
            ccomptes-ralfss-2021                | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2019                   | 140000   | AT_MOST     | COUR_DES_COMPTES
            quotidien-2022-09-09-hdh            | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020                   | 18549259 | EXACT       | HEALTH_DATA_HUB
            urpsml-centre-475                   | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR_METRO  | 2020-04                | 3586529  | EXACT       | ISPL
            urpsml-centre-475                   | TELECONSULTATIONS_TOTAL.SPECIALISTS.FR_METRO       | 2020-06                | 228506   | EXACT       | ISPL
            drees-er1162-espacesocial           | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020-03-01/2020-04-30  | 5500000  | EXACT       | ASSURANCE_MALADIE
            afp-2020-10-06-midilibre            | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020-03-16/2020-10-04  | 13900000 | AT_LEAST    | ASSURANCE_MALADIE
            gers-mind-2021-02-16                | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020                   | 19000000 | EXACT       | ASSURANCE_MALADIE
            drees-er1249                        | TELECONSULTATIONS_TOTAL.HEALTH_CENTRES_GP.FR       | 2021                   | 1100000  | EXACT       | DREES
            quotidien-2022-09-09-specialites    | TELECONSULTATIONS_TOTAL.PSYCHIATRY.FR              | 2021                   | 1200000  | EXACT       | HEALTH_DATA_HUB
            leblob-afp                          | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020-04                | 4500000  | AT_MOST     | ASSURANCE_MALADIE
            ccomptes-2025-mind                  | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2023                   | 11500000 | EXACT       | COUR_DES_COMPTES
            assises-2025-egora                  | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2020                   | 17300000 | EXACT       | ASSURANCE_MALADIE
            pmp-2021-06-16                      | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2019                   | 60000    | AT_MOST     | ASSURANCE_MALADIE
            lecompas-5747                       | TELECONSULTATIONS_TOTAL.ALL.FR                     | 2019-12                | 25000    | EXACT       | ASSURANCE_MALADIE
            statista-1114823                    | TELECONSULTATION_SHARE.ALL.FR                      | 2020-W10               | 0.1      | EXACT       | STATISTA
            gers-mind-2020-04-17                | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR         | 2020-03-28             | 28       | EXACT       | GERS_DATA
            gers-maiia-81                       | TELECONSULTATION_SHARE.PSYCHIATRY.FR               | 2020-04                | 50       | APPROXIMATE | GERS_DATA
            gers-maiia-81                       | TELECONSULTATION_SHARE.PEDIATRICS.FR               | 2020-05-11/2020-08-31  | 5        | EXACT       | GERS_DATA
            gers-mind-2020-07-13                | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR         | 2020-06-01/2020-07-10  | 6        | RANGE       | GERS_DATA
            ccomptes-2025-veille                | TELECONSULTATION_SHARE.HOSPITAL.FR                 | 2023                   | 1.4      | EXACT       | COUR_DES_COMPTES
            gers-mind-2021-10-06                | TELECONSULTATION_SHARE.PSYCHIATRY.FR               | 2020-08-01/2021-08-31  | 14       | EXACT       | GERS_DATA
            cercle-epargne-lorello              | TELECONSULTATION_SHARE.ALL.FR                      | 2021-12                | 3.4      | EXACT       | DREES
            quotidien-2022-09-09-specialites    | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR             | 2019                   | 3        | AT_MOST     | HEALTH_DATA_HUB
            gers-mind-2020-04-17                | PRACTITIONER_SHARE.RHEUMATOLOGY.FR                 | 2020-03-01/2020-04-14  | 63       | EXACT       | GERS_DATA
            afp-2020-04-23-tellerreport         | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR  | 2020-W15               | 80       | AT_LEAST    | ASSURANCE_MALADIE
            drees-er1162-cereq                  | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR             | 2020-W20               | 70       | APPROXIMATE | DREES
            quotidien-depannage                 | PRACTITIONERS.GENERAL_PRACTICE.FR                  | 2021                   | 36700    | AT_LEAST    | HEALTH_DATA_HUB
            drees-er1249-readkong               | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR             | 2022-Q1                | 77       | EXACT       | DREES
            pmp-2020-06-15                      | PRACTITIONERS.ALL.FR                               | 2019-12-30/2020-03-15  | 3000     | AT_MOST     | ASSURANCE_MALADIE
            """)
    void aResearchFigureIsServed(String publication, String series, String period, double value, String qualifier,
            String source) {
        assertServed(publication, series, period, value, qualifier, source);
    }

    /** Asserts that the publication serves exactly one figure of the series for the period with this value. */
    static void assertServed(String publication, String series, String period, double value, String qualifier,
            String source) {
        Period range = Period.parse(period);

        JsonPath data = GraphQL.data(FIND, Map.of("publication", publication, "series", series,
                "from", range.start().toString(), "to", range.end().toString()));

        List<Map<String, Object>> matches = data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> period.equals(((Map<?, ?>) node.get("period")).get("label"))
                        && value == ((Number) node.get("value")).doubleValue())
                .toList();
        assertThat(matches).as("%s %s %s %s", publication, series, period, value).singleElement().satisfies(node -> {
            assertThat(node.get("qualifier")).isEqualTo(qualifier);
            assertThat(((Map<?, ?>) node.get("source")).get("code")).isEqualTo(source);
            assertThat((String) node.get("quote")).isNotBlank();
        });
    }

    static List<String> publicationFiles() {
        return DatasetFiles.publicationFileNames();
    }

    @ParameterizedTest
    @MethodSource("publicationFiles")
    void everyFigureOfEveryFileIsServed(String fileName) {
        var publication = DatasetFiles.publication(fileName);

        JsonPath data = GraphQL.data("query($id: ID!) { publication(id: $id) { observations { totalCount } } }",
                Map.of("id", publication.id()));

        assertThat(data.getInt("publication.observations.totalCount")).isEqualTo(publication.observations().size());
    }

    @Test
    void conflictingCountsForTheSameWeekAreAllKept() {
        assertThat(weekly("2020-W12")).containsEntry("cnam-2020-03-31", List.of(80000.0))
                .containsEntry("reuters-2020-03-31-boursorama", List.of(80000.0))
                .containsEntry("afp-2020-04-23-tellerreport", List.of(90000.0));
        assertThat(weekly("2020-W13")).containsEntry("cnam-2020-03-31", List.of(486369.0))
                .containsEntry("ticsante-5101", List.of(486369.0))
                .containsEntry("afp-2020-04-23-tellerreport", List.of(523000.0))
                .containsEntry("gazette-683598", List.of(527000.0))
                .containsEntry("gers-mind-2020-11-24", List.of(1000000.0));
        assertThat(weekly("2020-W19")).containsEntry("quotidienpharmacien-baisse-30", List.of(951000.0));
        assertThat(weekly("2020-W20")).containsEntry("afp-2020-06-08-solutions-numeriques", List.of(951000.0))
                .containsEntry("gers-mind-2020-11-24", List.of(950000.0));
    }

    @Test
    void unknownTitlesAndDatesAreNullAndExplained() {
        JsonPath data = GraphQL.data("""
                { publication(id: "ticsante-5101") { title publishedOn note url publisher { code } } }""");

        assertThat(data.getString("publication.title")).isNull();
        assertThat(data.getString("publication.publishedOn")).isNull();
        assertThat(data.getString("publication.note")).contains("not shown");
        assertThat(data.getString("publication.publisher.code")).isEqualTo("TICSANTE");
        assertThat(data.getString("publication.url")).isEqualTo("https://www.ticsante.com/story.php?story=5101");
    }

    @Test
    void theUnreliableFigureIsNotServed() {
        JsonPath data = GraphQL.data("""
                { publication(id: "minizap-7289") { id }
                  observations(filter: {series: ["TELECONSULTATIONS.ALL.FR"], from: "2020-02-01", to: "2020-02-29"}, first: 500) {
                    nodes { value } } }""");

        assertThat(data.getString("publication")).isNull();
        assertThat(data.getList("observations.nodes.value")).doesNotContain(40000.0);
    }

    @Test
    void theNewMetricsAndSpecialtiesAreServed() {
        JsonPath data = GraphQL.data("""
                { total: metric(code: "TELECONSULTATIONS_TOTAL") { unit definition }
                  gp: metric(code: "GP_SHARE_OF_TELECONSULTATIONS") { unit definition }
                  specialty(code: "SPECIALISTS") { children { code } }
                  observations(filter: {specialty: ["SPECIALISTS"], includeDescendants: true}, first: 500) {
                    nodes { series { specialty { code } } } } }""");

        assertThat(data.getString("total.unit")).isEqualTo("COUNT");
        assertThat(data.getString("total.definition")).contains("whole period");
        assertThat(data.getString("gp.unit")).isEqualTo("PERCENT");
        assertThat(data.getList("specialty.children.code"))
                .contains("PSYCHIATRY", "ENDOCRINOLOGY", "RHEUMATOLOGY", "NEUROLOGY", "PEDIATRICS");
        assertThat(data.getList("observations.nodes.series.specialty.code"))
                .contains("SPECIALISTS", "PSYCHIATRY", "ENDOCRINOLOGY", "RHEUMATOLOGY", "NEUROLOGY", "PEDIATRICS")
                .doesNotContain("GENERAL_PRACTICE", "ALL");
    }

    private static Map<String, List<Double>> weekly(String week) {
        Period period = Period.parse(week);
        JsonPath data = GraphQL.data("""
                query($from: Date!, $to: Date!) {
                  observations(filter: {series: ["TELECONSULTATIONS.ALL.FR"], from: $from, to: $to}, first: 500) {
                    nodes { value period { label } publication { id } } } }""",
                Map.of("from", period.start().toString(), "to", period.end().toString()));
        return data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> week.equals(((Map<?, ?>) node.get("period")).get("label")))
                .collect(Collectors.groupingBy(
                        node -> (String) ((Map<?, ?>) node.get("publication")).get("id"),
                        Collectors.mapping(node -> ((Number) node.get("value")).doubleValue(),
                                Collectors.toList())));
    }
}
