package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index's copy in the data folder: saved commit by commit, read back whole, never trusted half-written. */
class SearchIndexFolderTest {

    @TempDir
    Path dir;

    @Test
    void aSavedIndexIsReadBackWithWhatItsCommitRecorded() throws IOException {
        saveOneCommit(Map.of("publication:p1", "hash1"), "a", "b");
        try (SearchIndexFolder folder = SearchIndexFolder.open(dir).orElseThrow()) {
            SearchIndexFolder.Restored restored = folder.load();
            assertThat(restored.commitData()).containsEntry("publication:p1", "hash1");
            assertThat(documents(restored.memory())).isEqualTo(2);
        }
    }

    @Test
    void theFolderHoldsOnlyTheLastCommitsFiles() throws IOException {
        try (SearchIndexFolder folder = SearchIndexFolder.open(dir).orElseThrow();
                IndexWriter writer = writer(new ByteBuffersDirectory())) {
            add(writer, "a");
            commit(writer, Map.of("n", "1"));
            folder.save(writer.getDirectory());
            List<String> first = files();
            writer.deleteAll();
            add(writer, "c");
            commit(writer, Map.of("n", "2"));
            folder.save(writer.getDirectory());

            assertThat(files()).doesNotContainAnyElementsOf(first.stream().filter(f -> !f.endsWith(".lock")).toList());
            assertThat(folder.load().commitData()).containsEntry("n", "2");
        }
    }

    @Test
    void whatACopyCutShortLeftIsDeletedAndTheLastWholeCommitRead() throws IOException {
        saveOneCommit(Map.of("n", "1"), "a");
        Files.writeString(dir.resolve("_9.cfs"), "half a segment");
        Files.writeString(dir.resolve("pending_segments_9"), "half a commit point");

        try (SearchIndexFolder folder = SearchIndexFolder.open(dir).orElseThrow()) {
            SearchIndexFolder.Restored restored = folder.load();

            assertThat(restored.commitData()).containsEntry("n", "1");
            assertThat(documents(restored.memory())).isEqualTo(1);
            assertThat(files()).doesNotContain("_9.cfs", "pending_segments_9");
        }
    }

    @Test
    void anUnreadableIndexIsEmptiedAndStartsAgainEmpty() throws IOException {
        saveOneCommit(Map.of("n", "1"), "a");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(file, "not a commit point");
            }
        }

        try (SearchIndexFolder folder = SearchIndexFolder.open(dir).orElseThrow()) {
            SearchIndexFolder.Restored restored = folder.load();

            assertThat(restored.commitData()).isEmpty();
            assertThat(restored.memory().listAll()).isEmpty();
            assertThat(files()).containsOnly("telebarometer.lock");
        }
    }

    @Test
    void aFolderAnotherHoldsIsNotUsed() throws IOException {
        try (SearchIndexFolder holder = SearchIndexFolder.open(dir).orElseThrow()) {
            assertThat(SearchIndexFolder.open(dir)).isEmpty();
        }
        try (SearchIndexFolder released = SearchIndexFolder.open(dir).orElseThrow()) {
            assertThat(released.path()).isEqualTo(dir);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsNotUsed() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");

        assertThat(SearchIndexFolder.open(file.resolve("search"))).isEmpty();
    }

    /** A folder that holds one commit of the given documents and records, closed again. */
    private void saveOneCommit(Map<String, String> records, String... ids) throws IOException {
        try (SearchIndexFolder folder = SearchIndexFolder.open(dir).orElseThrow();
                IndexWriter writer = writer(new ByteBuffersDirectory())) {
            add(writer, ids);
            commit(writer, records);
            folder.save(writer.getDirectory());
        }
    }

    private static IndexWriter writer(Directory memory) throws IOException {
        return new IndexWriter(memory, new IndexWriterConfig(new KeywordAnalyzer()));
    }

    private static void add(IndexWriter writer, String... ids) throws IOException {
        for (String id : ids) {
            Document document = new Document();
            document.add(new StringField("id", id, Field.Store.NO));
            writer.updateDocument(new Term("id", id), document);
        }
    }

    private static void commit(IndexWriter writer, Map<String, String> records) throws IOException {
        writer.setLiveCommitData(records.entrySet());
        writer.commit();
    }

    private static int documents(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
