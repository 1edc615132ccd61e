package org.telebarometer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.support.PackagedApp;

/**
 * The schema as deployments bring it: the packaged application migrates an empty database at its first start (or,
 * native, copies the one its build migrated) and leaves Flyway alone at the next; on Kubernetes, the migration job (the application with
 * {@code quarkus.init-and-exit}) migrates, and the pods start with Flyway inactive.
 */
class SchemaMigrationIT {

    private static final String FLYWAY_MIGRATES = "Migrating schema";

    @Test
    void theFirstStartMigratesAndTheNextLeavesFlywayAlone(@TempDir Path data) throws IOException {
        try (PackagedApp app = PackagedApp.start(data)) {
            if (PackagedApp.carriesDataFolderSeed()) {
                // the schema came with the build's seed: the history is that of the shipped migrations
                assertThat(app.log()).contains("from the build's seed").doesNotContain(FLYWAY_MIGRATES);
            } else {
                assertThat(app.log()).contains(FLYWAY_MIGRATES);
            }
        }
        try (PackagedApp app = PackagedApp.start(data)) {
            assertThat(app.graphql("{ metrics { code } }")).contains("TELECONSULTATIONS");
            assertThat(app.log()).doesNotContain(FLYWAY_MIGRATES).doesNotContain("FlywayExecutor");
        }
    }

    @Test
    void theMigrationJobMigratesAndThePodsRunWithoutFlyway(@TempDir Path data)
            throws IOException, InterruptedException {
        PackagedApp.Result job = PackagedApp.runToEnd(data, List.of("quarkus.init-and-exit=true",
                "quarkus.flyway.active=true"));
        assertThat(job.exitCode()).as(job.output()).isZero();
        assertThat(job.output()).contains(FLYWAY_MIGRATES);

        try (PackagedApp app = PackagedApp.start(data, "quarkus.flyway.active=false")) {
            assertThat(app.graphql("{ metrics { code } }")).contains("TELECONSULTATIONS");
            assertThat(app.log()).doesNotContain(FLYWAY_MIGRATES);
        }
    }
}
