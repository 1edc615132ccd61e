package org.telebarometer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.support.GeneratedPublications;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The command-line import, through the same importer as the API.
 */
@QuarkusTest
class ImportCommandTest {

    static final String ID = "test-command-line";

    @Inject
    ImportCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void deleteTheTestPublications() {
        GraphQL.post(ImportApiTest.DELETE, Map.of("id", ID), Tokens.editor("cleanup"));
        GraphQL.post(ImportApiTest.DELETE, Map.of("id", ID + "-second"), Tokens.editor("cleanup"));
    }

    @Test
    void importsAFileOfAThousandObservations(@TempDir Path directory) throws IOException {
        Path file = write(directory, GeneratedPublications.publication(ID, "Bulk", 1000, 10));

        int exit = run("--as", "ci-loader", file.toString());

        assertThat(exit).isZero();
        assertThat(text(out)).contains(ID + " CREATED (1000 observations)");
        JsonPath data = GraphQL.data("query($id: ID!) { publication(id: $id) { importedBy observations { totalCount } } }",
                Map.of("id", ID));
        assertThat(data.getInt("publication.observations.totalCount")).isEqualTo(1000);
        assertThat(data.getString("publication.importedBy")).isEqualTo("ci-loader");
        assertThat(run(file.toString())).isZero();
        assertThat(text(out)).contains(ID + " UNCHANGED");
    }

    @Test
    void aFileWithAProblemStopsTheWholeImport(@TempDir Path directory) throws IOException {
        Path good = write(directory, GeneratedPublications.publication(ID, "Good", 5, 10));
        PublicationInput broken = GeneratedPublications.publication("test-command-line-broken", "Broken", 3, -10);
        Path bad = write(directory, broken);

        int exit = run(good.toString(), bad.toString());

        assertThat(exit).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(text(err)).contains(bad + ": observations[0].value: VALUE_OUT_OF_RANGE", "Nothing was imported");
        assertThat(GraphQL.data("query($id: ID!) { publication(id: $id) { id } }", Map.of("id", ID))
                .getString("publication")).isNull();
    }

    @Test
    void aMissingFileOrNoFileIsReported(@TempDir Path directory) {
        assertThat(run(directory.resolve("missing.yaml").toString())).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(text(err)).contains("missing.yaml: cannot be read");
        assertThat(run()).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(text(err)).contains(ImportCommand.USAGE);
    }

    @Test
    void aTextTooLongForItsColumnIsAProblemNotAFailure(@TempDir Path directory) throws IOException {
        Path good = write(directory, GeneratedPublications.publication(ID, "Good", 5, 10));
        PublicationInput publication = GeneratedPublications.publication("test-command-line-long", "t".repeat(1001), 3, 10);
        Path bad = write(directory, publication);

        int exit = run(good.toString(), bad.toString());

        assertThat(exit).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(text(err)).contains(bad + ": title: VALUE_TOO_LONG", "Nothing was imported").doesNotContain("\tat ");
        assertThat(published(ID)).isNull();
    }

    @Test
    void aFailureWhileWritingTheSecondFileLeavesTheFirstUnimported(@TempDir Path directory) throws IOException {
        Path first = write(directory, GeneratedPublications.publication(ID, "First", 5, 10));
        Path second = write(directory, GeneratedPublications.publication(ID + "-second", "Second", 5, 20));
        QuarkusMock.installMockForType(new ImportAtomicityTest.FailingWriter(8), ObservationWriter.class);
        int exit;
        try {
            exit = run(first.toString(), second.toString());
        } finally {
            QuarkusMock.installMockForType(new ObservationWriter(), ObservationWriter.class);
        }

        assertThat(exit).isEqualTo(ImportCommand.TRY_AGAIN);
        assertThat(text(err)).contains("Nothing was imported").doesNotContain("\tat ");
        assertThat(published(ID)).isNull();
        assertThat(published(ID + "-second")).isNull();
    }

    @Test
    void aJsonFileWithTrailingContentIsRefused(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("trailing.json");
        Files.writeString(file, new ObjectMapper()
                .writeValueAsString(GeneratedPublications.publication(ID, "Trailing", 2, 10)) + " {\"more\": 1}");

        assertThat(run(file.toString())).isEqualTo(ImportCommand.INVALID_INPUT);
        assertThat(text(err)).contains("trailing.json: cannot be read");
        assertThat(published(ID)).isNull();
    }

    private static String published(String id) {
        return GraphQL.data("query($id: ID!) { publication(id: $id) { id } }", Map.of("id", id)).getString("publication");
    }

    static Path write(Path directory, PublicationInput publication) throws IOException {
        Path file = directory.resolve(publication.id() + ".yaml");
        Files.writeString(file, new YAMLMapper().writeValueAsString(publication));
        return file;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
