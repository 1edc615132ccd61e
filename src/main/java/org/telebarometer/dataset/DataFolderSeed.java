package org.telebarometer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.telebarometer.TelebarometerConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * The data folder as the build wrote it: the embedded database with the schema and the shipped dataset, and the
 * search index's saved copy ({@value #RESOURCE}, made by {@code prepare} when the native executable is built: see the
 * pom's native profile). A first start copies it into an empty data folder instead of migrating the schema, importing
 * every publication and indexing them: what it would compute comes from files fixed at build time. The schema and
 * dataset checks of every start still run after it, so a seed that does not match the application is written over as
 * any older database would be.
 */
@ApplicationScoped
public class DataFolderSeed {

    static final String RESOURCE = "data-folder-seed.zip";
    private static final String DATABASE_NAME = "telebarometer";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String UNPACKING = ".seed-unpacking";

    private static final Logger LOG = Logger.getLogger(DataFolderSeed.class);

    private final Path dataDir;
    private final String jdbcUrl;
    private final boolean loadAtStart;

    DataFolderSeed(TelebarometerConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataDir = Path.of(config.dataDir());
        this.jdbcUrl = jdbcUrl;
        this.loadAtStart = config.dataset().loadAtStart();
    }

    /**
     * Before anything opens the database: {@code SchemaMigration} is the first (Hibernate, which would open it sooner,
     * starts offline in production: application.properties).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent start) {
        if (loadAtStart) {
            restoreIfEmpty(dataDir, jdbcUrl);
        }
    }

    /**
     * Copies the seed the application carries into {@code dataDir} when the database there is the default embedded
     * file ({@code jdbcUrl}) and does not exist yet; returns whether it did.
     */
    static boolean restoreIfEmpty(Path dataDir, String jdbcUrl) {
        if (!isDefaultDatabase(dataDir, jdbcUrl) || Files.exists(dataDir.resolve(DATABASE_FILE))) {
            return false;
        }
        try (InputStream seed = DataFolderSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (seed == null) {
                return false;
            }
            long started = System.nanoTime();
            restore(seed, dataDir);
            LOG.infof("Data folder %s written from the build's seed (schema, dataset and search index) in %d ms",
                    dataDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the build's seed into " + dataDir.toAbsolutePath(), e);
        }
    }

    /** True when the JDBC URL names the embedded database file of {@code dataDir}, as application.properties does. */
    static boolean isDefaultDatabase(Path dataDir, String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_FILE)) {
            return false;
        }
        int parameters = jdbcUrl.indexOf(';');
        String file = jdbcUrl.substring(H2_FILE.length(), parameters < 0 ? jdbcUrl.length() : parameters);
        return Path.of(file).normalize().equals(dataDir.resolve(DATABASE_NAME).normalize());
    }

    /**
     * Unpacks the seed beside the data folder's files, then moves each into place, the database last: a start
     * stopped half-way leaves no database, and the next start unpacks again.
     */
    static void restore(InputStream seed, Path dataDir) throws IOException {
        Path unpacking = dataDir.resolve(UNPACKING);
        deleteTree(unpacking);
        unpack(seed, unpacking);
        try (Stream<Path> entries = Files.list(unpacking)) {
            for (Path entry : entries.sorted(Comparator.comparing(DataFolderSeed::isDatabase)).toList()) {
                Path target = dataDir.resolve(entry.getFileName().toString());
                if (!Files.exists(target)) {
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        deleteTree(unpacking);
    }

    private static boolean isDatabase(Path entry) {
        return entry.getFileName().toString().equals(DATABASE_FILE);
    }

    private static void unpack(InputStream seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream zip = new ZipInputStream(seed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("The seed's entry " + entry.getName() + " lies outside its folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
