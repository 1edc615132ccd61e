package org.telebarometer.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.importing.PublicationImporter;
import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;
import org.telebarometer.support.CacheOn;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.Tokens;

/**
 * The response cache in front of /graphql: repeated reads are answered from it, every import empties it, and what is
 * not a plain read is computed every time.
 */
@QuarkusTest
@TestProfile(CacheOn.class)
class CachedGraphQLRouteTest {

    private static final String PUBLICATION = "cache-test";
    private static final String COUNT = "query($p: [ID!]) { observations(filter: {publication: $p}) { totalCount } }";

    @Inject
    PublicationImporter importer;

    @Inject
    ResponseCache cache;

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            Observation.delete("publicationId", PUBLICATION);
            Publication.deleteById(PUBLICATION);
        });
        cache.clear();
    }

    @Test
    void answersARepeatedReadFromTheCache() {
        Response first = post(COUNT, Map.of("p", List.of("cnam-2020-03-31")), Map.of());
        Response second = post(COUNT, Map.of("p", List.of("cnam-2020-03-31")), Map.of());

        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(second.header("X-Cache")).isEqualTo("HIT");
        assertThat(second.asString()).isEqualTo(first.asString()).contains("\"totalCount\":13");
    }

    @Test
    void keepsAnAnswerPerVariables() {
        post(COUNT, Map.of("p", List.of("cnam-2020-03-31")), Map.of());

        Response other = post(COUNT, Map.of("p", List.of("gers-mind-2020-11-24")), Map.of());

        assertThat(other.header("X-Cache")).isEqualTo("MISS");
        assertThat(other.jsonPath().getInt("data.observations.totalCount")).isEqualTo(13);
    }

    @Test
    void forgetsEveryAnswerWhenAPublicationIsImported() {
        String publications = "{ publications { totalCount } }";
        int before = post(publications, Map.of(), Map.of()).jsonPath().getInt("data.publications.totalCount");
        assertThat(post(publications, Map.of(), Map.of()).header("X-Cache")).isEqualTo("HIT");

        importer.importPublication(GeneratedPublications.publication(PUBLICATION, "Cache test", 7, 100), "test");

        Response after = post(publications, Map.of(), Map.of());
        assertThat(after.header("X-Cache")).isEqualTo("MISS");
        assertThat(after.jsonPath().getInt("data.publications.totalCount")).isEqualTo(before + 1);
    }

    @Test
    void computesEveryTimeWhatIsNotAPlainRead() {
        Map<String, Object> none = Map.of();
        post(COUNT, none, Map.of());

        assertThat(post(COUNT, none, Map.of("Cache-Control", "no-cache")).header("X-Cache")).isNull();
        assertThat(post(COUNT, none, Map.of("Authorization", "Bearer " + Tokens.reader("someone"))).header("X-Cache"))
                .isNull();
        Response mutation = post("mutation { deletePublication(id: \"no-such-publication\") { id } }", none,
                Map.of());
        assertThat(mutation.header("X-Cache")).isNull();
        assertThat(mutation.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void neverKeepsAnError() {
        String unknown = "{ observations(filter: {specialty: [\"DENTISTRY_OF_MARS\"]}) { totalCount } }";

        Response first = post(unknown, Map.of(), Map.of());
        Response second = post(unknown, Map.of(), Map.of());

        assertThat(second.header("X-Cache")).isNull();
        assertThat(second.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNKNOWN_SPECIALTY");
        assertThat(first.asString()).isEqualTo(second.asString());
    }

    @Test
    void aQueryWhoseAnswerHasAnErrorRunsOnce() {
        String unknown = "{ observations(filter: {publication: [\"no-such-publication\"]}) { totalCount } }";
        Statistics statistics = sessionFactory.getStatistics();

        statistics.clear();
        post(unknown, Map.of(), Map.of("Cache-Control", "no-cache"));
        long once = statistics.getPrepareStatementCount();
        statistics.clear();
        Response throughTheCache = post(unknown, Map.of(), Map.of());

        assertThat(once).isPositive();
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(once);
        assertThat(throughTheCache.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNKNOWN_PUBLICATION");
    }

    @Test
    void keepsTheAnswerOfEachLanguageApart() {
        String label = "{ specialty(code: \"NEUROLOGY\") { label } }";
        Response english = post(label, Map.of(), Map.of("Accept-Language", "en"));
        Response french = post(label, Map.of(), Map.of("Accept-Language", "fr-FR"));
        Response frenchAgain = post(label, Map.of(), Map.of("Accept-Language", "fr;q=0.9, en;q=0.5"));
        Response frenchByDirective = post("query @inContext(language: FR) " + label, Map.of(), Map.of());

        assertThat(english.jsonPath().getString("data.specialty.label")).isEqualTo("Neurology");
        assertThat(french.header("X-Cache")).isEqualTo("MISS");
        assertThat(french.jsonPath().getString("data.specialty.label")).isEqualTo("Neurologie");
        assertThat(frenchAgain.header("X-Cache")).isEqualTo("HIT");
        assertThat(frenchAgain.header("Content-Language")).isEqualTo("fr");
        assertThat(frenchAgain.jsonPath().getString("data.specialty.label")).isEqualTo("Neurologie");
        assertThat(frenchByDirective.jsonPath().getString("data.specialty.label")).isEqualTo("Neurologie");
        assertThat(frenchByDirective.header("Content-Language")).isEqualTo("fr");
    }

    private static Response post(String query, Map<String, Object> variables, Map<String, String> headers) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).headers(headers).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().response();
    }
}
