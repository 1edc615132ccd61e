package org.telebarometer.graphql.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.CacheOn;

/**
 * Identical reads in flight share one computation (the response cache): one of their clients leaving does not stop
 * it for the others.
 */
@QuarkusTest
@TestProfile(CacheOn.class)
class SharedAnswerTest {

    private static final Pattern CANCELLED = Pattern.compile("graphql_requests_cancelled_total (\\d+)");

    @Test
    void oneClientLeavingDoesNotCancelAnotherClientsAnswer() throws IOException {
        double before = cancelled();
        byte[] request = slowRead(1900 + (int) (System.nanoTime() % 50));
        try (Socket staying = new Socket("localhost", RestAssured.port)) {
            try (Socket leaving = new Socket("localhost", RestAssured.port)) {
                send(leaving, request);
                send(staying, request);
                await().pollDelay(Duration.ofMillis(30)).until(() -> true);
            }
            String answer = readAll(staying);

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"points\"").doesNotContain("REQUEST_CANCELLED");
        }
        // the leaving client was counted: it left before the answer, so the answer was computed after it left
        await().atMost(Duration.ofSeconds(10)).until(() -> cancelled() > before);
    }

    /** A read that takes a while (a second or so): long timelines, none of them answered before. */
    private static byte[] slowRead(int firstYear) throws IOException {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            query.append(" t").append(i).append(": timeline(metric: \"TELECONSULTATIONS\", granularity: WEEK, from: \"")
                    .append(firstYear + i % 50).append("-01-01\", to: \"").append(firstYear + 37 + i % 50)
                    .append("-12-31\") { points { value } }");
        }
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("query", query.append(" }").toString()));
        byte[] head = ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    private static void send(Socket socket, byte[] request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
    }

    private static String readAll(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        try (InputStream in = socket.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double cancelled() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = CANCELLED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
