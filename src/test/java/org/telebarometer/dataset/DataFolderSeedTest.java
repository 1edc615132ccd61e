package org.telebarometer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder written at build time, copied into an empty data folder. */
class DataFolderSeedTest {

    private static final String URL_PARAMETERS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

    @Test
    void theSeedIsUnpackedIntoTheDataFolder(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        DataFolderSeed.restore(seed(), data);
        assertThat(Files.readString(data.resolve(DataFolderSeed.DATABASE_FILE))).isEqualTo("database");
        assertThat(Files.readString(data.resolve("search/segments_1"))).isEqualTo("commit");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    DataFolderSeed.DATABASE_FILE, "search");
        }
    }

    @Test
    void aSearchFolderAlreadyThereIsLeftAsItIs(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve("search"));
        Files.writeString(data.resolve("search/segments_7"), "kept");
        DataFolderSeed.restore(seed(), data);
        assertThat(data.resolve("search/segments_1")).doesNotExist();
        assertThat(Files.readString(data.resolve("search/segments_7"))).isEqualTo("kept");
        assertThat(data.resolve(DataFolderSeed.DATABASE_FILE)).exists();
    }

    @Test
    void whatAStartStoppedHalfWayLeftIsUnpackedAgain(@TempDir Path data) throws IOException {
        Path leftOver = data.resolve(".seed-unpacking/" + DataFolderSeed.DATABASE_FILE);
        Files.createDirectories(leftOver.getParent());
        Files.writeString(leftOver, "half");
        DataFolderSeed.restore(seed(), data);
        assertThat(Files.readString(data.resolve(DataFolderSeed.DATABASE_FILE))).isEqualTo("database");
        assertThat(data.resolve(".seed-unpacking")).doesNotExist();
    }

    @Test
    void anEntryOutsideTheFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        InputStream evil = zip(Map.of("../outside", "x"));
        assertThatThrownBy(() -> DataFolderSeed.restore(evil, data)).isInstanceOf(IOException.class)
                .hasMessageContaining("../outside");
        assertThat(tmp.resolve("outside")).doesNotExist();
    }

    @Test
    void onlyTheDataFoldersOwnDatabaseFileTakesTheSeed() {
        Path data = Path.of("./data");
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:h2:file:./data/telebarometer" + URL_PARAMETERS))
                .isTrue();
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:h2:file:./data/telebarometer")).isTrue();
        assertThat(DataFolderSeed.isDefaultDatabase(Path.of("./data/"), "jdbc:h2:file:./data//telebarometer"))
                .isTrue();
        assertThat(DataFolderSeed.isDefaultDatabase(Path.of("/srv/data"), "jdbc:h2:file:/srv/./data/telebarometer"))
                .isTrue();
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:h2:file:./data/telebarometer2")).isFalse();
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:h2:file:/srv/telebarometer" + URL_PARAMETERS))
                .isFalse();
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:h2:mem:telebarometer")).isFalse();
        assertThat(DataFolderSeed.isDefaultDatabase(data, "jdbc:postgresql://db/telebarometer")).isFalse();
    }

    @Test
    void nothingIsWrittenWhereADatabaseIsAlreadyThere(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve(DataFolderSeed.DATABASE_FILE), "mine");
        String url = "jdbc:h2:file:" + data + "/telebarometer" + URL_PARAMETERS;
        assertThat(DataFolderSeed.restoreIfEmpty(data, url)).isFalse();
        assertThat(Files.readString(data.resolve(DataFolderSeed.DATABASE_FILE))).isEqualTo("mine");
    }

    @Test
    void withoutASeedInTheApplicationAnEmptyFolderStaysEmpty(@TempDir Path data) throws IOException {
        // the JVM package and the tests carry none: only the native build's pom profile writes it
        String url = "jdbc:h2:file:" + data + "/telebarometer" + URL_PARAMETERS;
        assertThat(DataFolderSeedTest.class.getClassLoader().getResource(DataFolderSeed.RESOURCE)).isNull();
        assertThat(DataFolderSeed.restoreIfEmpty(data, url)).isFalse();
        try (var files = Files.list(data)) {
            assertThat(files).isEmpty();
        }
    }

    private static InputStream seed() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("search/", null);
        entries.put("search/segments_1", "commit");
        entries.put(DataFolderSeed.DATABASE_FILE, "database");
        return zip(entries);
    }

    private static InputStream zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
