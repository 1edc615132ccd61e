package org.telebarometer.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;

/**
 * The schema migrations shipped in the application ({@code db/migration/V<version>__<description>.sql}), as Flyway
 * records them once applied: each version with its checksum, computed by Flyway's own calculator. The files are fixed
 * when the application is built, and so is this: it is read when the class is initialized, which for a native
 * executable is when it is built (Quarkus initializes classes at build time).
 */
final class ShippedMigrations {

    static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.*\\.sql");
    private static final Map<String, Integer> CHECKSUMS = read();

    private ShippedMigrations() {
    }

    /** Each version, as Flyway writes it in its history (underscores as dots), with its checksum. */
    static Map<String, Integer> checksums() {
        return CHECKSUMS;
    }

    private static Map<String, Integer> read() {
        URL folder = ShippedMigrations.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No " + FOLDER + " in the application");
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            String jar = uri.getRawSchemeSpecificPart().substring(0, uri.getRawSchemeSpecificPart().indexOf("!/"));
            try (FileSystem files = FileSystems.newFileSystem(Path.of(URI.create(jar)))) {
                return read(files.getPath(FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the migrations in " + folder, e);
        }
    }

    private static Map<String, Integer> read(Path folder) throws IOException {
        Map<String, Integer> checksums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher name = VERSIONED.matcher(file.getFileName().toString());
                if (name.matches()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    checksums.put(name.group(1).replace('_', '.'),
                            ChecksumCalculator.calculate(new StringResource(text)));
                }
            }
        }
        return Map.copyOf(checksums);
    }
}
