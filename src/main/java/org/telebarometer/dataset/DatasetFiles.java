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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.telebarometer.dataset.ReferenceDataFile.GeographyRow;
import org.telebarometer.dataset.ReferenceDataFile.MetricRow;
import org.telebarometer.dataset.ReferenceDataFile.OrganizationRow;
import org.telebarometer.dataset.ReferenceDataFile.PopulationRow;
import org.telebarometer.dataset.ReferenceDataFile.SpecialtyRow;
import org.telebarometer.importing.InvalidPublicationException;
import org.telebarometer.importing.PublicationFile;
import org.telebarometer.importing.PublicationImporter;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.importing.PublicationValidator;
import org.telebarometer.importing.ReferenceCodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the dataset shipped in the application: {@code dataset/reference.yaml} and the publication files named, in
 * load order, in {@code dataset/publications.list}.
 * <p>
 * The files are fixed when the application is built, and so is what is read from them: the names and fingerprint are
 * computed when this class is initialized, the parsed files when {@link Parsed} is, the publications validated and
 * hashed when {@link Checked} is. For a native executable all of it happens when it is built (Quarkus initializes
 * classes at build time): a restart reads no file, a first start parses, validates and hashes none (parsing was 40 %
 * of a native first start's load, validating and hashing 6 % of the whole start). On the JVM the files are parsed by
 * the first load that needs them, and kept (well under a megabyte).
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

    /**
     * The publications in load order, validated against the reference file's codes (those the load writes first) and
     * hashed: what the load imports. No limit on their size: it is for what clients send.
     *
     * @throws IllegalStateException (in an initializer error) when a shipped publication is invalid
     */
    public static List<PublicationImporter.Checked> checkedPublications() {
        return Checked.PUBLICATIONS;
    }

    /** The publications checked, once (when the executable is built, for a native one). */
    private static final class Checked {

        static final List<PublicationImporter.Checked> PUBLICATIONS = check();

        private static List<PublicationImporter.Checked> check() {
            ReferenceCodes codes = codes(Parsed.REFERENCE_DATA);
            return PUBLICATION_FILE_NAMES.stream().map(fileName -> {
                try {
                    return PublicationImporter.Checked.of(publication(fileName), codes, PublicationValidator.UNLIMITED);
                } catch (InvalidPublicationException e) {
                    throw new IllegalStateException("Dataset file " + fileName + " is invalid: " + e.getMessage(), e);
                }
            }).toList();
        }

        private static ReferenceCodes codes(ReferenceDataFile reference) {
            return new ReferenceCodes(
                    reference.metrics().stream().collect(Collectors.toMap(MetricRow::code, MetricRow::unit)),
                    codes(reference.specialties().stream().map(SpecialtyRow::code)),
                    codes(reference.geographies().stream().map(GeographyRow::code)),
                    codes(reference.populations().stream().map(PopulationRow::code)),
                    codes(reference.organizations().stream().map(OrganizationRow::code)));
        }

        private static Set<String> codes(Stream<String> codes) {
            return codes.collect(Collectors.toSet());
        }
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
