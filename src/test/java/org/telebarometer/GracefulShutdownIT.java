package org.telebarometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.support.PackagedApp;

/**
 * On SIGTERM the service first reports not ready (so that a load balancer stops sending it requests) while it still
 * answers, then stops cleanly.
 */
class GracefulShutdownIT {

    @Test
    void onSigtermReadinessTurnsDownWhileQueriesAreStillAnsweredThenTheServiceStops(@TempDir Path data)
            throws IOException {
        try (PackagedApp app = PackagedApp.start(data)) {
            assertThat(app.status("/q/health/ready")).isEqualTo(200);

            app.terminate();

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> app.status("/q/health/ready") == 503);
            assertThat(app.graphql("{ metrics { code } }")).contains("TELECONSULTATIONS");
            await().atMost(Duration.ofSeconds(20)).until(() -> !app.isRunning());
            assertThat(app.log()).contains("stopped in");
        }
    }
}
