package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.importing.PublicationInput;

/**
 * Every quote of the seed publications is the verbatim text of its seed document (blanks normalised), so a reader
 * can find each figure where it was read.
 */
class SeedQuotesTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @ParameterizedTest
    @CsvSource({
            "cnam-2020-03-31.yaml, 004_51b86ded4e3b795c.txt",
            "gers-mind-2020-11-24.yaml, 000_ae73fe88c3360d09.txt" })
    void everyQuoteIsInTheSeedDocument(String publicationFile, String seedFile) throws IOException {
        String seed = normalized(Files.readString(SEEDS.resolve(seedFile)));

        PublicationInput publication = DatasetFiles.publication(publicationFile);

        assertThat(publication.observations()).hasSize(13)
                .allSatisfy(observation -> assertThat(seed).contains(normalized(observation.quote())));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
