package org.telebarometer.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's pages may run their own scripts only: a Content-Security-Policy says so to the browser.
 */
@QuarkusTest
class PagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html", "/publications.html" })
    void aPageRunsOnlyItsOwnScripts(String page) {
        given().when().get(page)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theApiIsNotAPage() {
        given().queryParam("query", "{ metrics { code } }").when().get("/graphql")
                .then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
