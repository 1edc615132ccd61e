package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.support.PackagedApp;

/**
 * The packaged application keeps its data in a file under the data directory: it survives a restart, and the
 * second start finds the dataset unchanged and writes nothing. Its search index is saved there too: the second start
 * reads it back instead of indexing every publication again, and searches answer the same.
 */
class RestartIT {

    private static final String STATE = """
            { publications(first: 500) { totalCount nodes { id importedAt } }
              observations(first: 500) { totalCount nodes { id value } } }""";
    private static final String SEARCH = """
            { search(text: "téléconsultations médecins", first: 50) {
                totalCount nodes { score highlight observation { id } } } }""";

    @Test
    void dataSurvivesARestartAndTheSecondStartWritesNothing(@TempDir Path dataDirectory) throws IOException {
        String firstState;
        String firstSearch;
        try (PackagedApp app = PackagedApp.start(dataDirectory)) {
            firstState = app.graphql(STATE);
            firstSearch = app.graphql(SEARCH);
            assertThat(app.log()).contains("Dataset loaded: {CREATED=" + DatasetFiles.publicationFileNames().size() + "}")
                    .contains("Search index built");
        }
        try (PackagedApp app = PackagedApp.start(dataDirectory)) {
            assertThat(app.graphql(STATE)).isEqualTo(firstState).contains("cnam-2020-03-31", "486369");
            assertThat(app.graphql(SEARCH)).isEqualTo(firstSearch).contains("\"totalCount\"", "<mark>");
            assertThat(app.log()).contains("Search index read from " + dataDirectory.resolve("search").toAbsolutePath())
                    .contains("of " + DatasetFiles.publicationFileNames().size()
                            + " publications, 0 of them indexed again and 0 removed")
                    .doesNotContain("Search index built");
            assertThat(app.log()).contains("Dataset unchanged since its last load: {UNCHANGED="
                    + DatasetFiles.publicationFileNames().size() + "}");
        }
        if (!PackagedApp.onPostgresql()) {
            try (var files = Files.list(dataDirectory)) {
                assertThat(files.map(f -> f.getFileName().toString())).contains("telebarometer.mv.db");
            }
        }
    }
}
