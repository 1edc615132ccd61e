package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.importing.PublicationInput;

/**
 * Every quote of the seed publications is the verbatim text of its seed document (blanks normalised), so a reader
 * can find each figure where it was read.
 */
class SeedQuotesTest {

    @ParameterizedTest
    @CsvSource({
            "cnam-2020-03-31.yaml, cnam-2020-03-31.txt",
            "gers-mind-2020-11-24.yaml, gers-mind-2020-11-24.txt" })
    void everyQuoteIsInTheSeedDocument(String publicationFile, String seedFile) throws IOException {
        String seed = normalized(seed(seedFile));

        PublicationInput publication = DatasetFiles.publication(publicationFile);

        assertThat(publication.observations()).hasSize(13)
                .allSatisfy(observation -> assertThat(seed).contains(normalized(observation.quote())));
    }

    /** The text of a seed document, kept in the test resources (seeds/README.md says where each comes from). */
    private static String seed(String file) throws IOException {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IOException("Missing test resource seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
