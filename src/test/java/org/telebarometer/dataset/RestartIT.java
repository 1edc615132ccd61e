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

    private static final int PUBLICATIONS = DatasetFiles.publicationFileNames().size();
    private static final String UNCHANGED = "Dataset unchanged since its last load: {UNCHANGED=" + PUBLICATIONS + "}";
    /** What a first start answers, but the times of the imports, which are those of the start (or the build). */
    private static final String CONTENT = """
            { publications(first: 500) { totalCount nodes { id title } }
              observations(first: 500) { totalCount nodes { id value quote } } }""";

    @Test
    void dataSurvivesARestartAndTheSecondStartWritesNothing(@TempDir Path dataDirectory) throws IOException {
        String firstState;
        String firstSearch;
        try (PackagedApp app = PackagedApp.start(dataDirectory)) {
            firstState = app.graphql(STATE);
            firstSearch = app.graphql(SEARCH);
            if (PackagedApp.carriesDataFolderSeed()) {
                assertThat(app.log()).contains("written from the build's seed (schema, dataset and search index)")
                        .contains(UNCHANGED).contains("Search index read from").doesNotContain("Search index built");
            } else {
                assertThat(app.log()).contains("Dataset loaded: {CREATED=" + PUBLICATIONS + "}")
                        .contains("Search index built");
            }
        }
        try (PackagedApp app = PackagedApp.start(dataDirectory)) {
            assertThat(app.graphql(STATE)).isEqualTo(firstState).contains("cnam-2020-03-31", "486369");
            assertThat(app.graphql(SEARCH)).isEqualTo(firstSearch).contains("\"totalCount\"", "<mark>");
            assertThat(app.log()).contains("Search index read from " + dataDirectory.resolve("search").toAbsolutePath())
                    .contains("of " + PUBLICATIONS + " publications, 0 of them indexed again and 0 removed")
                    .doesNotContain("Search index built");
            assertThat(app.log()).contains(UNCHANGED).doesNotContain("from the build's seed");
        }
        if (!PackagedApp.onPostgresql()) {
            try (var files = Files.list(dataDirectory)) {
                assertThat(files.map(f -> f.getFileName().toString())).contains("telebarometer.mv.db");
            }
        }
    }

    /**
     * A first start on a database other than the data folder's own file writes the schema and the dataset itself
     * (the build's seed is for that file only), and answers what a first start from the seed answers.
     */
    @Test
    void aFirstStartThatWritesTheDatasetAnswersAsOneFromTheSeed(@TempDir Path seeded, @TempDir Path written)
            throws IOException {
        String fromSeed;
        try (PackagedApp app = PackagedApp.start(seeded)) {
            fromSeed = app.graphql(CONTENT);
        }
        String otherFile = "quarkus.datasource.jdbc.url=jdbc:h2:file:" + written.toAbsolutePath() + "/other";
        String[] properties = PackagedApp.onPostgresql() ? new String[0] : new String[] { otherFile };
        try (PackagedApp app = PackagedApp.start(written, properties)) {
            assertThat(app.graphql(CONTENT)).isEqualTo(fromSeed).contains("cnam-2020-03-31");
            if (!PackagedApp.onPostgresql()) {
                assertThat(app.log()).contains("Dataset loaded: {CREATED=" + PUBLICATIONS + "}")
                        .doesNotContain("from the build's seed");
            }
        }
    }
}
