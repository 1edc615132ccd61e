package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DatasetFilesTest {

    private static final Path PUBLICATIONS = Path.of("src/main/resources", DatasetFiles.PUBLICATIONS);

    @Test
    void theLoadListNamesEveryPublicationFileOnce() throws IOException {
        try (Stream<Path> files = Files.list(PUBLICATIONS)) {
            assertThat(DatasetFiles.publicationFileNames())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void everyPublicationFileIsNamedAfterItsId() {
        for (String fileName : DatasetFiles.publicationFileNames()) {
            assertThat(DatasetFiles.publication(fileName).id() + ".yaml").isEqualTo(fileName);
        }
    }

    @Test
    void thePublicationsAreCheckedInLoadOrder() {
        assertThat(DatasetFiles.checkedPublications()).extracting(checked -> checked.publication().id() + ".yaml")
                .containsExactlyElementsOf(DatasetFiles.publicationFileNames());
        assertThat(DatasetFiles.checkedPublications()).extracting(checked -> checked.contentHash())
                .doesNotHaveDuplicates().allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    @Test
    void theFingerprintIsAStableSha256() {
        assertThat(DatasetFiles.fingerprint()).isEqualTo(DatasetFiles.fingerprint()).hasSize(64);
    }
}
