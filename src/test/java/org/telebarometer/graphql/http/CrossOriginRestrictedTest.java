package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Origins restricted by configuration: a listed reader may read, a listed editor may also send its token. */
@QuarkusTest
@TestProfile(CrossOriginRestrictedTest.Restricted.class)
class CrossOriginRestrictedTest {

    static final String READER = "https://reader.example.org";
    static final String EDITOR = "https://editor.example.org";

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telebarometer.cors.read-origins", READER, "telebarometer.cors.editor-origins", EDITOR);
        }
    }

    @Test
    void anUnlistedOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://elsewhere.example.org").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", equalTo(null))
                .header("Access-Control-Allow-Methods", equalTo(null));
    }

    @Test
    void aListedReaderMayReadButNotSendAToken() {
        given().header("Origin", READER).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options("/graphql")
                .then().statusCode(204).header("Access-Control-Allow-Origin", READER)
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")));
    }

    @Test
    void aListedEditorMaySendItsToken() {
        given().header("Origin", EDITOR).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options("/graphql")
                .then().statusCode(204).header("Access-Control-Allow-Origin", EDITOR)
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }
}
