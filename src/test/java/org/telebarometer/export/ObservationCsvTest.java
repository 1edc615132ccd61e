package org.telebarometer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.telebarometer.importing.ObservationInput;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.support.Csv;
import org.telebarometer.support.Editing;
import org.telebarometer.support.GraphQL;

@QuarkusTest
class ObservationCsvTest {

    private static final String FORMULAS = "test-csv-formulas";
    private static final String WEEKLY_COUNTS = "metric=TELECONSULTATIONS&specialty=ALL&from=2020-03-01&to=2020-05-31";

    @Test
    void exportsTheSameSelectionAsTheGraphQlField() {
        List<Map<String, String>> rows = csv(WEEKLY_COUNTS);
        JsonPath api = GraphQL.data("""
                { observations(filter: {metric: ["TELECONSULTATIONS"], specialty: ["ALL"], from: "2020-03-01",
                                        to: "2020-05-31"}, first: 500) {
                    totalCount nodes { id value } } }""");

        assertThat(rows).hasSize(api.getInt("observations.totalCount")).hasSizeGreaterThan(10);
        assertThat(rows).extracting(row -> row.get("observation_id"))
                .containsExactlyElementsOf(api.getList("observations.nodes.id"));
        assertThat(rows).extracting(row -> Double.valueOf(row.get("value")))
                .containsExactlyElementsOf(api.getList("observations.nodes.value", Double.class));
    }

    @Test
    void aRowCarriesTheFigureItsSourceAndItsPublication() {
        Map<String, String> row = csv("series=TELECONSULTATIONS.ALL.FR&publication=cnam-2020-03-31&from=2020-03-23"
                + "&to=2020-03-29&qualifier=EXACT").get(0);

        assertThat(row).containsEntry("value", "486369")
                .containsEntry("period", "2020-W13")
                .containsEntry("period_start", "2020-03-23")
                .containsEntry("period_end", "2020-03-29")
                .containsEntry("qualifier", "EXACT")
                .containsEntry("specialty_label", "All specialties")
                .containsEntry("source", "ASSURANCE_MALADIE")
                .containsEntry("publication_id", "cnam-2020-03-31")
                .containsEntry("published_on", "2020-03-31");
        assertThat(row.get("quote")).contains("486 369");
    }

    @Test
    void writesTheLabelColumnsInTheLanguageAskedForAndTheCodesUnchanged() {
        String selection = "series=TELECONSULTATIONS.GENERAL_PRACTICE.FR&publication=gers-mind-2020-11-24";
        Map<String, String> french = csv(selection + "&lang=fr").get(0);
        Map<String, String> english = csv(selection + "&lang=en").get(0);
        Map<String, String> byHeader = Csv.rows(given().header("Accept-Language", "fr-FR,fr;q=0.9")
                .when().get("/api/observations.csv?" + selection)
                .then().statusCode(200).header("Content-Language", "fr").extract().asString()).get(0);

        assertThat(french).containsEntry("specialty_label", "Médecine générale")
                .containsEntry("specialty", "GENERAL_PRACTICE").containsEntry("source_name",
                        "GERS Data (GIE GERS, groupe Cegedim)");
        assertThat(english).containsEntry("specialty_label", "General practice (médecine générale)")
                .containsEntry("source_name", "GERS Data (GIE GERS, Cegedim group)");
        assertThat(byHeader).isEqualTo(french);
        assertThat(french.get("quote")).isEqualTo(english.get("quote"));
    }

    @Test
    void refusesALanguageItDoesNotHave() {
        given().when().get("/api/observations.csv?metric=TELECONSULTATIONS&lang=de")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"))
                .body("message", containsString("fr or en"));
    }

    @Test
    void quotesFieldsThatHoldCommasQuotesOrLineBreaks() {
        String text = given().when().get("/api/observations.csv?publication=gers-mind-2020-11-24")
                .then().statusCode(200).extract().asString();

        List<List<String>> records = Csv.records(text);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(ObservationExport.HEADER.size()));
        int quote = ObservationExport.HEADER.indexOf("quote");
        assertThat(records.stream().skip(1).map(record -> record.get(quote))).anyMatch(field -> field.contains(","));
        assertThat(text).contains("\r\n");
    }

    @Test
    void sortsAsAsked() {
        List<Double> descending = csv(WEEKLY_COUNTS + "&sort=-value").stream()
                .map(row -> Double.valueOf(row.get("value"))).toList();

        assertThat(descending).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(descending.get(0)).isGreaterThan(descending.get(descending.size() - 1));
    }

    @Test
    void takesListsAsRepeatedParametersOrWithCommas() {
        String repeated = "metric=PRACTITIONER_SHARE&specialty=ALL&specialty=GENERAL_PRACTICE";
        String commas = "metric=PRACTITIONER_SHARE&specialty=ALL,GENERAL_PRACTICE";

        assertThat(csv(commas)).isEqualTo(csv(repeated));
        assertThat(csv(commas)).extracting(row -> row.get("specialty")).contains("ALL", "GENERAL_PRACTICE");
    }

    @Test
    void slicesByPopulationAndNamesItInAColumn() {
        List<Map<String, String>> rows = csv("metric=POPULATION_USE_SHARE&population=AGED_18_29,AGED_75_AND_OVER");
        List<Map<String, String>> everyone = csv("metric=POPULATION_USE_SHARE&population=ALL&geography=FR");

        assertThat(rows).extracting(row -> row.get("population")).containsExactlyInAnyOrder("AGED_18_29",
                "AGED_75_AND_OVER");
        assertThat(rows).extracting(row -> row.get("series_key")).contains("POPULATION_USE_SHARE.ALL.FR.AGED_18_29");
        assertThat(everyone).isNotEmpty().extracting(row -> row.get("population")).containsOnly("ALL");
    }

    @Test
    void offersTheFileAsADownload() {
        given().when().get("/api/observations.csv?metric=TELECONSULTATIONS")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename="));
    }

    @Test
    void answersAClientMistakeWithItsCodeAndWhatToFix() {
        given().when().get("/api/observations.csv?specialty=DENTISTRY_OF_MARS")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_SPECIALTY"))
                .body("message", containsString("DENTISTRY_OF_MARS"));
        given().when().get("/api/observations.csv?from=2020-13-01")
                .then().statusCode(400).body("code", equalTo("INVALID_DATE"));
        given().when().get("/api/observations.csv?from=2020-05-01&to=2020-04-01")
                .then().statusCode(400).body("code", equalTo("INVALID_DATE_RANGE"));
        given().when().get("/api/observations.csv?sort=colour")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"))
                .body("message", containsString("value"));
        given().when().get("/api/observations.csv?qualifier=ROUGHLY")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
        given().when().get("/api/observations.csv?specialty=SPECIALISTS&includeDescendants=yes")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"))
                .body("message", containsString("true or false"));
    }

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        PublicationInput formulas = new PublicationInput(FORMULAS, "ASSURANCE_MALADIE", "=HYPERLINK(\"http://x\")",
                "2021-06-01", null, List.of(), "fr", null, "@SUM(1+1)", List.of(new ObservationInput(
                        "TELECONSULTATIONS.ALL.FR", "2011-W01", 5.0, null, null, Qualifier.EXACT, "ASSURANCE_MALADIE",
                        "=cmd|' /C calc'!A0", "+33 1 23 45 67 89")));
        Editing.importPublication(formulas);
        try {
            Map<String, String> row = csv("publication=" + FORMULAS).get(0);

            assertThat(row.get("quote")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.get("note")).isEqualTo("'+33 1 23 45 67 89");
            assertThat(row.get("publication_title")).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.get("value")).isEqualTo("5");
        } finally {
            Editing.delete(FORMULAS);
        }
    }

    static List<Map<String, String>> csv(String query) {
        String text = given().when().get("/api/observations.csv?" + query)
                .then().statusCode(200).extract().asString();
        List<List<String>> records = Csv.records(text);
        assertThat(records.get(0)).containsExactlyElementsOf(ObservationExport.HEADER);
        return Csv.rows(text);
    }
}
