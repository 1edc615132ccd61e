package org.telebarometer.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NIOFSDirectory;
import org.jboss.logging.Logger;

/**
 * The search index's copy in the data folder: a restart reads it back instead of indexing every publication again (the
 * largest piece of work a native restart did, after its first answer). Searches still read the index in memory; after
 * each commit the files the folder lacks are copied to it, the commit point last, and those the commit no longer needs
 * are deleted. Lucene writes each file once and never changes it, so the folder always holds one whole commit: the
 * last one copied, or the one before it when a copy was cut short.
 * <p>
 * NIOFSDirectory rather than Lucene's default memory-mapped one: the folder is only copied from and to, and the
 * mapping would run through the foreign-memory API, which a native executable does not need for anything else.
 */
final class SearchIndexFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchIndexFolder.class);
    private static final String LOCK = "telebarometer.lock";
    private static final String PENDING = "pending_";

    /** What was read back: the index in memory and what its commit recorded. */
    record Restored(Directory memory, Map<String, String> commitData) {

        static Restored empty() {
            return new Restored(new ByteBuffersDirectory(), Map.of());
        }
    }

    private final Path path;
    private final Directory disk;
    private final Lock lock;

    private SearchIndexFolder(Path path, Directory disk, Lock lock) {
        this.path = path;
        this.disk = disk;
        this.lock = lock;
    }

    /**
     * The folder, created if need be and locked for this process; empty (the index is then kept in memory only) when
     * it cannot be written or another process holds it.
     */
    static Optional<SearchIndexFolder> open(Path path) {
        Directory disk = null;
        try {
            Files.createDirectories(path);
            disk = new NIOFSDirectory(path);
            return Optional.of(new SearchIndexFolder(path, disk, disk.obtainLock(LOCK)));
        } catch (IOException e) {
            LOG.warnf("The search index is kept in memory only: its folder %s cannot be used (%s)", path, e);
            closeQuietly(disk);
            return Optional.empty();
        }
    }

    Path path() {
        return path;
    }

    /**
     * Copies the folder's commit into memory, and deletes every other file of the folder (what a copy cut short left);
     * an empty index when there is no commit, or when it cannot be read.
     */
    Restored load() {
        try {
            SegmentInfos commit = SegmentInfos.readLatestCommit(disk);
            Collection<String> files = commit.files(true);
            Directory memory = new ByteBuffersDirectory();
            for (String file : files) {
                memory.copyFrom(disk, file, file, IOContext.READONCE);
            }
            deleteAllBut(files);
            return new Restored(memory, Map.copyOf(commit.getUserData()));
        } catch (IndexNotFoundException e) {
            return emptied();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index in %s cannot be read, it is built again: %s", path, e);
            return emptied();
        }
    }

    /** Copies the last commit of the index in memory to the folder. */
    void save(Directory memory) throws IOException {
        SegmentInfos commit = SegmentInfos.readLatestCommit(memory);
        String point = commit.getSegmentsFileName();
        Collection<String> files = commit.files(true);
        List<String> present = List.of(disk.listAll());
        List<String> copied = new ArrayList<>();
        for (String file : files) {
            if (!file.equals(point) && !present.contains(file)) {
                disk.copyFrom(memory, file, file, IOContext.DEFAULT);
                copied.add(file);
            }
        }
        disk.sync(copied);
        // the commit point appears whole or not at all
        if (present.contains(PENDING + point)) {
            disk.deleteFile(PENDING + point);
        }
        disk.copyFrom(memory, point, PENDING + point, IOContext.DEFAULT);
        disk.sync(List.of(PENDING + point));
        disk.rename(PENDING + point, point);
        disk.syncMetaData();
        deleteAllBut(files);
    }

    private Restored emptied() {
        try {
            deleteAllBut(List.of());
        } catch (IOException e) {
            LOG.warnf("The search index's folder %s cannot be emptied: %s", path, e);
        }
        return Restored.empty();
    }

    private void deleteAllBut(Collection<String> kept) throws IOException {
        for (String file : disk.listAll()) {
            if (!kept.contains(file) && !file.equals(LOCK)) {
                disk.deleteFile(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.close();
        } finally {
            disk.close();
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                LOG.debugf("Closing %s: %s", directory, e);
            }
        }
    }
}
