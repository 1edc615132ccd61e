package org.telebarometer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.PackagedApp;

/**
 * {@code java -jar quarkus-run.jar import FILE} on the packaged application, then the service on the same data.
 */
class CommandLineImportIT {

    @Test
    void theCommandImportsAThousandObservationsThatTheServiceThenServes(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        Path file = ImportCommandTest.write(directory, GeneratedPublications.publication("test-cli-it", "Bulk", 1000, 10));

        PackagedApp.Result result = PackagedApp.runCommand(data, "import", file.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("test-cli-it CREATED (1000 observations)");
        try (PackagedApp app = PackagedApp.start(data)) {
            assertThat(app.graphql("{ publication(id: \"test-cli-it\") { importedBy observations { totalCount } } }"))
                    .contains("\"totalCount\":1000").contains("\"importedBy\":\"cli:");
        }
    }

    @Test
    void anInvalidFileExitsWithAnErrorAndImportsNothing(@TempDir Path directory) throws IOException, InterruptedException {
        Path file = ImportCommandTest.write(directory, GeneratedPublications.publication("test-cli-bad", "Bad", 3, -1));

        PackagedApp.Result result = PackagedApp.runCommand(directory.resolve("data"), "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(result.output()).contains("VALUE_OUT_OF_RANGE", "Nothing was imported");
    }

    @Test
    void aTextTooLongForItsColumnStopsEveryFileWithOneLineAndNoStackTrace(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        Path good = ImportCommandTest.write(directory, GeneratedPublications.publication("test-cli-good", "Good", 3, 1));
        Path tooLong = ImportCommandTest.write(directory,
                GeneratedPublications.publication("test-cli-long", "t".repeat(1001), 3, 1));

        PackagedApp.Result result = PackagedApp.runCommand(data, "import", good.toString(), tooLong.toString());

        assertThat(result.exitCode()).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(result.output()).contains("title: VALUE_TOO_LONG", "Nothing was imported")
                .doesNotContain("\tat ", "Exception");
        try (PackagedApp app = PackagedApp.start(data)) {
            assertThat(app.graphql("{ publication(id: \"test-cli-good\") { id } }")).contains("\"publication\":null");
        }
    }
}
