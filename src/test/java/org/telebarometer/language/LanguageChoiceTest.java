package org.telebarometer.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The language of the answer's texts, chosen per request: Accept-Language, or {@code @inContext(language: ...)} on the
 * operation, which wins. Labels, names, definitions and a timeline's rule change; codes and enum values do not. The
 * entity tags and the persisted queries keep the languages apart (the response cache: CachedGraphQLRouteTest).
 */
@QuarkusTest
class LanguageChoiceTest {

    private static final String LABELS = """
            { metric(code: "TELECONSULTATIONS") { code name definition unit }
              specialty(code: "GENERAL_PRACTICE") { code label }
              geographies { code label }
              populations { code label }
              namedPeriods { code label description }
              organization(code: "DOCTOLIB") { code name }
              timeline(metric: "TELECONSULTATIONS", from: "2020-03-01", to: "2020-03-31") { rule } }""";

    @Test
    void theSameQueryAnswersInFrenchOrInEnglishWithTheSameCodes() {
        Response french = post(LABELS, "fr-FR,fr;q=0.9,en;q=0.8");
        Response english = post(LABELS, "en-GB");

        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        JsonPath fr = french.jsonPath();
        JsonPath en = english.jsonPath();
        assertThat(fr.getString("data.metric.name")).isEqualTo("Téléconsultations par semaine");
        assertThat(en.getString("data.metric.name")).isEqualTo("Teleconsultations per week");
        assertThat(fr.getString("data.metric.definition")).contains("moyenne hebdomadaire");
        assertThat(fr.getString("data.specialty.label")).isEqualTo("Médecine générale");
        assertThat(en.getString("data.specialty.label")).isEqualTo("General practice (médecine générale)");
        assertThat(fr.getList("data.geographies.label")).contains("France métropolitaine (y compris la Corse)");
        assertThat(fr.getList("data.populations.label")).contains("Femmes");
        assertThat(en.getList("data.populations.label")).contains("Women");
        assertThat(fr.getList("data.namedPeriods.label")).contains("Premier confinement");
        assertThat(fr.getList("data.namedPeriods.description").toString()).contains("17 mars 2020");
        assertThat(fr.getString("data.organization.name")).contains("logiciel de prise de rendez-vous");
        assertThat(fr.getString("data.timeline.rule")).startsWith("MEAN : le niveau d'un point");
        assertThat(en.getString("data.timeline.rule")).startsWith("MEAN: a point's level");
        for (String codes : new String[] { "data.metric.code", "data.metric.unit", "data.specialty.code",
                "data.organization.code" }) {
            assertThat(fr.getString(codes)).as(codes).isEqualTo(en.getString(codes));
        }
        assertThat(fr.getList("data.populations.code")).isEqualTo(en.getList("data.populations.code"));
    }

    @Test
    void withoutAFrenchPreferenceTheAnswerIsEnglish() {
        assertThat(post("{ specialty(code: \"PSYCHIATRY\") { label } }", null).jsonPath()
                .getString("data.specialty.label")).isEqualTo("Psychiatry");
        assertThat(post("{ specialty(code: \"PSYCHIATRY\") { label } }", "de-DE,en;q=0.5,fr;q=0.3").jsonPath()
                .getString("data.specialty.label")).isEqualTo("Psychiatry");
    }

    @Test
    void theDirectiveWinsOverTheHeader() {
        Response french = post("query @inContext(language: FR) { specialty(code: \"PSYCHIATRY\") { label } }", "en");
        Response english = post("query @inContext(language: EN) { specialty(code: \"PSYCHIATRY\") { label } }", "fr");

        assertThat(french.jsonPath().getString("data.specialty.label")).isEqualTo("Psychiatrie");
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(english.jsonPath().getString("data.specialty.label")).isEqualTo("Psychiatry");
        assertThat(english.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void theDirectiveTakesAVariable() {
        JsonPath data = GraphQL.data("""
                query($language: Language!) @inContext(language: $language) {
                  specialty(code: "NURSING") { code label } }""", Map.of("language", "FR"));

        assertThat(data.getString("specialty.label")).isEqualTo("Infirmiers libéraux");
        assertThat(data.getString("specialty.code")).isEqualTo("NURSING");
    }

    @Test
    void aLanguageTheServiceDoesNotHaveIsAClientMistake() {
        Map<String, Object> error = GraphQL.error("query @inContext(language: DE) { metrics { code } }");

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_QUERY");
        assertThat((String) error.get("message")).contains("language");
    }

    @Test
    void theEntityTagsKeepTheLanguagesApart() {
        String query = "{ specialty(code: \"DERMATOLOGY\") { label } }";
        Response english = get(query, "en");
        Response french = get(query, "fr");
        Response frenchAgain = get(query, "fr");

        assertThat(english.jsonPath().getString("data.specialty.label")).isEqualTo("Dermatology");
        assertThat(french.jsonPath().getString("data.specialty.label")).isEqualTo("Dermatologie");
        assertThat(frenchAgain.jsonPath().getString("data.specialty.label")).isEqualTo("Dermatologie");
        assertThat(french.header("ETag")).isNotNull().isNotEqualTo(english.header("ETag"));
        assertThat(french.header("Vary")).contains("Accept-Language");
        given().queryParam("query", query).header("Accept-Language", "fr")
                .header("If-None-Match", english.header("ETag"))
                .when().get("/graphql").then().statusCode(200);
        given().queryParam("query", query).header("Accept-Language", "fr")
                .header("If-None-Match", french.header("ETag"))
                .when().get("/graphql").then().statusCode(304);
    }

    @Test
    void aPersistedQueryAnswersInTheLanguageOfEachRequest() throws NoSuchAlgorithmException {
        String query = "{ specialty(code: \"PEDIATRICS\") { label } }";
        String hash = sha256(query);

        assertThat(persisted(query, hash, "en").jsonPath().getString("data.specialty.label")).isEqualTo("Paediatrics");
        assertThat(persisted(null, hash, "fr").jsonPath().getString("data.specialty.label")).isEqualTo("Pédiatrie");
        assertThat(persisted(null, hash, "en").jsonPath().getString("data.specialty.label")).isEqualTo("Paediatrics");
    }

    /** The hash Apollo's persisted-query link sends: SHA-256 of the query, in lower-case hexadecimal. */
    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response post(String query, String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().response();
    }

    private static Response get(String query, String acceptLanguage) {
        return given().queryParam("query", query).header("Accept-Language", acceptLanguage)
                .when().get("/graphql").then().statusCode(200).extract().response();
    }

    private static Response persisted(String query, String hash, String acceptLanguage) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return given().contentType(ContentType.JSON).header("Accept-Language", acceptLanguage).body(body)
                .when().post("/graphql").then().statusCode(200).extract().response();
    }
}
