package org.telebarometer.importing;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The publication file format (YAML, or JSON, which is YAML too): the shipped dataset's files and those the import
 * command reads.
 */
public final class PublicationFile {

    /** One document per file: content after it (a second document, trailing JSON) is an error, not ignored. */
    private static final ObjectReader ONE_PUBLICATION = new YAMLMapper().readerFor(PublicationInput.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PublicationFile() {
    }

    /** Parses one publication written in the file format. */
    public static PublicationInput parse(String text) {
        try {
            return ONE_PUBLICATION.readValue(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a publication file: " + e.getMessage(), e);
        }
    }
}
