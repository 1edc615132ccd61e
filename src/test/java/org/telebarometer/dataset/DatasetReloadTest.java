package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.importing.ImportOutcome;
import org.telebarometer.importing.ImportProblem;
import org.telebarometer.importing.InvalidPublicationException;
import org.telebarometer.importing.ObservationInput;
import org.telebarometer.importing.ObservationWriter;
import org.telebarometer.importing.PublicationImporter;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.SeedFigures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The start-up load is idempotent and writes a changed dataset as one unit; a changed publication file replaces its
 * publication as one unit.
 */
@QuarkusTest
class DatasetReloadTest {

    private static final String CNAM_FILE = SeedFigures.CNAM + ".yaml";
    private static final String STATE = """
            { publication(id: "cnam-2020-03-31") { title importedAt
                observations(first: 500) { totalCount nodes { id value period { label } } } }
              observations(first: 0) { totalCount }
              series(first: 0) { totalCount }
              publications(first: 0) { totalCount } }""";

    @Inject
    DatasetLoader loader;

    @Inject
    PublicationImporter importer;

    @AfterEach
    void restoreTheShippedFile() {
        importer.importPublication(DatasetFiles.publication(CNAM_FILE), DatasetLoader.ACTOR);
    }

    @Test
    void thePublicationsCheckedAtBuildTimeAreThoseAnImportChecksAtRunTime() {
        List<PublicationInput> shipped = DatasetFiles.publicationFileNames().stream().map(DatasetFiles::publication)
                .toList();

        // the same content hash, and valid against the database's codes: nothing to write
        assertThat(importer.importAll(shipped, DatasetLoader.ACTOR)).containsOnly(ImportOutcome.UNCHANGED)
                .hasSize(shipped.size());
    }

    @Test
    void loadingTheDatasetAgainWritesNothing() {
        JsonPath before = GraphQL.data(STATE);

        Map<ImportOutcome, Integer> outcomes = loader.load();

        assertThat(outcomes).containsOnlyKeys(ImportOutcome.UNCHANGED)
                .containsEntry(ImportOutcome.UNCHANGED, DatasetFiles.publicationFileNames().size());
        assertThat(GraphQL.data(STATE).getMap("")).isEqualTo(before.getMap(""));
    }

    @Test
    void aChangedFileReplacesItsPublicationKeepingTheIdsOfUnchangedFigures() {
        JsonPath before = GraphQL.data(STATE);
        PublicationInput shipped = DatasetFiles.publication(CNAM_FILE);
        List<ObservationInput> figures = new ArrayList<>(shipped.observations());
        ObservationInput dropped = figures.remove(figures.size() - 1);
        ObservationInput first = figures.remove(0);
        figures.add(0, new ObservationInput(first.series(), first.period(), 486370.0, null, null, first.qualifier(),
                first.source(), first.quote(), "corrected"));
        PublicationInput changed = new PublicationInput(shipped.id(), shipped.publisher(), "A corrected title",
                shipped.publishedOn(), "2020-04-01", shipped.authors(), shipped.language(), shipped.url(),
                shipped.note(), figures);

        assertThat(importer.importPublication(changed, "test")).isEqualTo(ImportOutcome.REPLACED);
        assertThat(importer.importPublication(changed, "test")).isEqualTo(ImportOutcome.UNCHANGED);

        JsonPath after = GraphQL.data(STATE);
        assertThat(after.getString("publication.title")).isEqualTo("A corrected title");
        assertThat(after.getInt("publication.observations.totalCount")).isEqualTo(shipped.observations().size() - 1);
        assertThat(after.getInt("observations.totalCount")).isEqualTo(before.getInt("observations.totalCount") - 1);
        assertThat(after.getList("publication.observations.nodes.value")).contains(486370.0).doesNotContain(486369.0);
        List<String> idsBefore = before.getList("publication.observations.nodes.id");
        List<String> idsAfter = after.getList("publication.observations.nodes.id");
        assertThat(idsAfter.stream().filter(idsBefore::contains)).hasSize(shipped.observations().size() - 2);
        assertThat(dropped.period()).isEqualTo("2020-W10/2020-W12");
    }

    @Test
    void aChangedDatasetIsWrittenWholeOrNotAtAll() {
        PublicationInput shipped = DatasetFiles.publication(CNAM_FILE);
        importer.importPublication(new PublicationInput(shipped.id(), shipped.publisher(), "Changed since the load",
                shipped.publishedOn(), shipped.updatedOn(), shipped.authors(), shipped.language(), shipped.url(),
                shipped.note(), shipped.observations()), "test");
        QuarkusTransaction.requiringNew().run(() -> DatasetState.recordLoad("the files of an older version"));
        JsonPath before = GraphQL.data(STATE);
        int files = DatasetFiles.publicationFileNames().size();
        try {
            QuarkusMock.installMockForType(new ObservationWriter() {
                @Override
                public void write(Observation observation) {
                    throw new IllegalStateException("Injected failure: the disk is full");
                }
            }, ObservationWriter.class);

            assertThatThrownBy(loader::load).hasMessageContaining("the disk is full");
            assertThat(GraphQL.data(STATE).getMap("")).isEqualTo(before.getMap(""));
        } finally {
            QuarkusMock.installMockForType(new ObservationWriter(), ObservationWriter.class);
        }

        assertThat(loader.load()).containsOnly(entry(ImportOutcome.REPLACED, 1),
                entry(ImportOutcome.UNCHANGED, files - 1));
        assertThat(GraphQL.data(STATE).getString("publication.title")).isEqualTo(shipped.title());
        assertThat(QuarkusTransaction.requiringNew().call(() -> DatasetState.isLoaded(DatasetFiles.fingerprint())))
                .isTrue();
    }

    @Test
    void anInvalidPublicationWritesNothing() {
        JsonPath before = GraphQL.data(STATE);
        PublicationInput shipped = DatasetFiles.publication(CNAM_FILE);
        List<ObservationInput> figures = new ArrayList<>(shipped.observations());
        figures.add(new ObservationInput("TELECONSULTATION_SHARE.ALL.FR", "2020-W14", 140.0, null, null,
                Qualifier.EXACT, "ASSURANCE_MALADIE", "q", null));
        PublicationInput invalid = new PublicationInput(shipped.id(), shipped.publisher(), "Not written",
                shipped.publishedOn(), null, List.of(), "fr", null, null, figures);

        assertThatThrownBy(() -> importer.importPublication(invalid, "test"))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly(ErrorCode.VALUE_OUT_OF_RANGE));
        assertThat(GraphQL.data(STATE).getMap("")).isEqualTo(before.getMap(""));
    }
}
