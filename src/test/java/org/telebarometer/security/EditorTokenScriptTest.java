package org.telebarometer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The token script an operator uses (scripts/editor-token.sh) makes tokens the service accepts.
 */
@QuarkusTest
class EditorTokenScriptTest {

    @Test
    void theScriptMintsAnEditorTokenTheServiceAccepts() throws IOException, InterruptedException {
        String token = mint("carol@example.org", "1");

        Map<String, Object> error = GraphQL.error("mutation { deletePublication(id: \"no-such-publication\") { id } }",
                Map.of(), token);

        assertThat(token.split("\\.")).hasSize(3);
        assertThat(GraphQL.code(error)).as("past the token check, the publication is unknown")
                .isEqualTo("UNKNOWN_PUBLICATION");
    }

    @Test
    void theScriptRefusesASubjectThatWouldBreakTheToken() throws IOException, InterruptedException {
        Process process = script("carol\", \"groups\": [\"admin", "1");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(64);
    }

    private static String mint(String subject, String hours) throws IOException, InterruptedException {
        Process process = script(subject, hours);
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return token;
    }

    private static Process script(String subject, String hours) throws IOException {
        return new ProcessBuilder("scripts/editor-token.sh", "src/test/resources/keys/editor-private.pem", subject, hours)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
