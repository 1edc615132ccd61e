package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** By default any web page may read the API from a browser (the data is open); none may send credentials. */
@QuarkusTest
class CrossOriginTest {

    private static final String APP = "https://dataviz.example.org";

    @Test
    void anyOriginMayReadOverPost() {
        given().header("Origin", APP).contentType(ContentType.JSON).body(Map.of("query", "{ metrics { code } }"))
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void aPreflightAllowsReadsButNotCredentials() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")));
    }

    @Test
    void anyOriginMayReadOverGetAndTheCsv() {
        given().header("Origin", APP).queryParam("query", "{ metrics { code } }")
                .when().get("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", APP)
                .when().get("/api/observations.csv?publication=cnam-2020-03-31")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void aSameOriginRequestGetsNoCorsHeaders() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ metrics { code } }"))
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(null));
    }
}
