package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.Editing;
import org.telebarometer.support.GeneratedPublications;

/**
 * Reads over GET, which browsers and CDNs may keep: an entity tag that changes when the answer does, 304 when the
 * client has it already; errors are never to be kept.
 */
@QuarkusTest
class GraphQLOverGetTest {

    private static final String PUBLICATIONS = "{ publications(first: 0) { totalCount } }";
    private static final String ID = "test-graphql-over-get";

    @AfterEach
    void deleteTheTestPublication() {
        Editing.delete(ID);
    }

    @Test
    void aReadOverGetMayBeKeptByBrowsersAndCdns() {
        given().queryParam("query", "{ namedPeriods { code } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", notNullValue())
                .body("data.namedPeriods.code", hasItem("FIRST_LOCKDOWN"));
    }

    @Test
    void takesVariablesAndAnOperationName() {
        given().queryParam("query", "query A { metrics { code } } query B($key: String!) { seriesByKey(key: $key) { key } }")
                .queryParam("operationName", "B")
                .queryParam("variables", "{\"key\": \"TELECONSULTATIONS.ALL.FR\"}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.seriesByKey.key", equalTo("TELECONSULTATIONS.ALL.FR"));
    }

    @Test
    void anAnswerTheClientHasIsNotSentAgain() {
        String etag = get(PUBLICATIONS).header("ETag");

        given().queryParam("query", PUBLICATIONS).header("If-None-Match", etag)
                .when().get("/graphql")
                .then().statusCode(304).header("ETag", etag).body(emptyString());
    }

    @Test
    void anImportChangesTheTagOfTheAnswersItChanges() {
        Response before = get(PUBLICATIONS);
        String unaffected = get("{ namedPeriods { code } }").header("ETag");

        Editing.importPublication(GeneratedPublications.publication(ID, "Over GET", 3, 10));

        Response after = given().queryParam("query", PUBLICATIONS).header("If-None-Match", before.header("ETag"))
                .when().get("/graphql").then().statusCode(200).extract().response();
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.jsonPath().getInt("data.publications.totalCount"))
                .isEqualTo(before.jsonPath().getInt("data.publications.totalCount") + 1);
        assertThat(get("{ namedPeriods { code } }").header("ETag")).isEqualTo(unaffected);
    }

    @Test
    void anErrorIsNeverToBeKept() {
        given().queryParam("query", "{ observations(filter: {specialty: [\"GP\"]}) { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200).header("Cache-Control", "no-store").header("ETag", nullValue())
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SPECIALTY"));
    }

    @Test
    void malformedVariablesAreAnInvalidRequest() {
        given().queryParam("query", "query($key: String!) { seriesByKey(key: $key) { key } }")
                .queryParam("variables", "{\"key\": ")
                .when().get("/graphql")
                .then().statusCode(400).header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("INVALID_REQUEST"))
                .body("errors[0].message", containsString("variables parameter is not valid JSON"));
    }

    @Test
    void aQueryStringTooLongForAnUrlIsRefusedWithACode() {
        given().queryParam("query", "{ metrics { code } }" + " ".repeat(20_000))
                .when().get("/graphql")
                .then().statusCode(414).body("errors[0].extensions.code", equalTo("QUERY_TOO_LONG"))
                .body("errors[0].message", containsString("POST"));
    }

    private static Response get(String query) {
        return given().queryParam("query", query).when().get("/graphql").then().statusCode(200).extract().response();
    }
}
