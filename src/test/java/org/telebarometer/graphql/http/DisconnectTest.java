package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * A request whose client disconnects is stopped: the rest of its work is not done, and it is counted in
 * {@code graphql_requests_cancelled_total}.
 */
@QuarkusTest
class DisconnectTest {

    private static final Pattern CANCELLED = Pattern.compile("graphql_requests_cancelled_total (\\d+)");

    @Test
    void aRequestWhoseClientLeftIsStopped() throws IOException {
        double before = cancelled();
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 150; i++) {
            query.append(" t").append(i).append(": timeline(metric: \"TELECONSULTATIONS\", granularity: WEEK, from: \"")
                    .append(1900 + i % 50).append("-01-01\", to: \"").append(1937 + i % 50)
                    .append("-12-31\") { points { value } }");
        }
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("query", query.append(" }").toString()));

        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Cache-Control: no-cache\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            await().pollDelay(Duration.ofMillis(50)).until(() -> true);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> cancelled() > before);
    }

    private static double cancelled() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = CANCELLED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
