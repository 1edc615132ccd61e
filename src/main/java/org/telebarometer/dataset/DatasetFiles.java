package org.telebarometer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.telebarometer.importing.PublicationFile;
import org.telebarometer.importing.PublicationInput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the dataset shipped in the application: {@code dataset/reference.yaml} and the publication files named, in
 * load order, in {@code dataset/publications.list}.
 * <p>
 * The files are fixed when the application is built, and so is what is read from them: the names and fingerprint are
 * computed when this class is initialized, the parsed files when {@link Parsed} is. For a native executable both
 * happen when it is built (Quarkus initializes classes at build time): a restart reads no file, a first start parses
 * none (parsing was 40 % of a native first start's load). On the JVM the files are parsed by the first load that needs
 * them, and kept (well under a megabyte).
 */
public final class DatasetFiles {

    public static final String ROOT = "dataset/";
    public static final String REFERENCE = ROOT + "reference.yaml";
    public static final String PUBLICATION_LIST = ROOT + "publications.list";
    public static final String PUBLICATIONS = ROOT + "publications/";

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<String> PUBLICATION_FILE_NAMES = readPublicationFileNames();
    private static final String FINGERPRINT = computeFingerprint();

    private DatasetFiles() {
    }

    public static ReferenceDataFile reference() {
        return Parsed.REFERENCE_DATA;
    }

    /** File names of the publications, in load order; blank lines and lines starting with # are skipped. */
    public static List<String> publicationFileNames() {
        return PUBLICATION_FILE_NAMES;
    }

    /** SHA-256 of every dataset file, names included: equal when, and only when, no file changed. */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static List<String> readPublicationFileNames() {
        return text(PUBLICATION_LIST).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String computeFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes(REFERENCE));
            digest.update(bytes(PUBLICATION_LIST));
            for (String fileName : PUBLICATION_FILE_NAMES) {
                digest.update(fileName.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes(PUBLICATIONS + fileName));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The publication of a file named in the list. */
    public static PublicationInput publication(String fileName) {
        PublicationInput publication = Parsed.BY_FILE_NAME.get(fileName);
        if (publication == null) {
            throw new IllegalArgumentException("No dataset file " + fileName + " in " + PUBLICATION_LIST);
        }
        return publication;
    }

    /** The files, parsed (publications by file name). */
    private static final class Parsed {

        static final ReferenceDataFile REFERENCE_DATA = read(REFERENCE, ReferenceDataFile.class);
        static final Map<String, PublicationInput> BY_FILE_NAME = parsePublications();

        private static Map<String, PublicationInput> parsePublications() {
            Map<String, PublicationInput> publications = new HashMap<>();
            for (String fileName : PUBLICATION_FILE_NAMES) {
                try {
                    publications.put(fileName, PublicationFile.parse(text(PUBLICATIONS + fileName)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Dataset file " + fileName + " cannot be read: " + e.getMessage(),
                            e);
                }
            }
            return Map.copyOf(publications);
        }
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset file " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset file " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing resource " + resource);
        }
        return in;
    }
}
