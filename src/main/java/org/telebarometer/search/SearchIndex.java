package org.telebarometer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.cache.DataChanged;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.publication.Publication;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The search index of every observation, in memory, kept in step with the database publication by publication: a
 * publication whose content hash changed (imported, corrected) is indexed again, one that is gone is removed. This
 * replica's own changes update it at once ({@link DataChanged}); those of other replicas sharing the database within
 * {@code telebarometer.search.refresh-interval}. Each change is saved to the data folder ({@link SearchIndexFolder}),
 * with the content hash of each publication it holds: a restart reads the index back and indexes again only what
 * changed meanwhile. Made again whole when the code that makes its documents or the reference labels changed
 * ({@link SearchIndexFormat}). Brought up to date at start-up on a worker thread; a search that comes first waits.
 * <p>
 * Why Lucene rather than the database's text search: the same French and English analysis on H2 and PostgreSQL (H2
 * has no stemming), and a highlighter.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** The commit's records: the format, the labels, and the content hash of each publication ("publication:ID"). */
    private static final String FORMAT = "format";
    private static final String LABELS = "labels";
    private static final String PUBLICATION = "publication:";

    private final ObservationService observations;
    private final Duration refreshInterval;
    /** Where the index is saved; empty: memory only. */
    private final Optional<Path> folderPath;
    private Optional<SearchIndexFolder> folder = Optional.empty();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The content hash of each publication indexed, by id. */
    private final Map<String, String> indexed = new HashMap<>();
    /** The digest of the labels the documents were made with. */
    private String labels;
    private volatile boolean built;
    /** Serving requests: the index is kept (the import command has none). */
    private volatile boolean started;

    SearchIndex(ObservationService observations, TelebarometerConfig config) {
        this.observations = observations;
        this.refreshInterval = config.search().refreshInterval();
        boolean saved = config.search().saveToDataDir() && SearchIndexFormat.CODE != null;
        this.folderPath = saved ? Optional.of(Path.of(config.dataDir(), "search")) : Optional.empty();
    }

    /**
     * After the dataset's load (an observer of default priority): its publications are then indexed once, on a
     * worker, instead of in the start's own thread as the load's write is committed (a third of a native first start).
     */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (!serving) {
            // the import command: nothing will search what it writes
            return;
        }
        started = true;
        vertx.executeBlocking(() -> {
            refreshQuietly();
            return null;
        }, false);
        vertx.setPeriodic(refreshInterval.toMillis(), timer -> vertx.executeBlocking(() -> {
            refreshQuietly();
            return null;
        }, false));
    }

    /** A write committed: it is in the index before its request answers (a failure to index never fails the write). */
    void onDataChanged(@Observes DataChanged change) {
        if (started) {
            refreshQuietly();
        }
    }

    synchronized void stop(@Observes ShutdownEvent stop) throws IOException {
        if (writer != null) {
            try (SearchIndexFolder saved = folder.orElse(null)) {
                searchers.close();
                writer.close();
            }
        }
    }

    /** Runs a search on the index as it is now, brought up to date first if it has never been. */
    <T> T search(Function<IndexSearcher, T> search) {
        if (!built) {
            refresh();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the next refresh, or the next search, tries again (the database may be starting)
            LOG.warnf("The search index could not be brought up to date: %s", e.toString());
        }
    }

    /**
     * What a refresh did: whether it started from the index read back from the folder (a first refresh only), how many
     * publications it indexed (again) and how many it removed.
     */
    record Refreshed(boolean readBack, int indexed, int removed) {
    }

    /** Brings the index up to date with the database. */
    synchronized Refreshed refresh() {
        long started = System.nanoTime();
        if (writer == null) {
            open();
        }
        Refreshed refreshed = QuarkusTransaction.requiringNew().call(this::bringUpToDate);
        if (!built) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (refreshed.readBack()) {
                LOG.infof("Search index read from %s: %d observations of %d publications, %d of them indexed again "
                        + "and %d removed, in %d ms", folder.get().path(), writer.getDocStats().numDocs,
                        indexed.size(), refreshed.indexed(), refreshed.removed(), millis);
            } else {
                LOG.infof("Search index built: %d observations of %d publications in %d ms",
                        writer.getDocStats().numDocs, indexed.size(), millis);
            }
        }
        built = true;
        return refreshed;
    }

    private Refreshed bringUpToDate() {
        Map<String, Publication> current = Publication.<Publication> listAll().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        SearchDocuments documents = built ? null : documentsOfFirstRefresh();
        boolean readBack = !built && !indexed.isEmpty();
        Set<String> gone = indexed.keySet().stream().filter(id -> !current.containsKey(id))
                .collect(Collectors.toSet());
        List<Publication> changed = current.values().stream()
                .filter(p -> !p.contentHash.equals(indexed.get(p.id))).toList();
        if (!gone.isEmpty() || !changed.isEmpty()) {
            update(gone, changed, documents == null ? new SearchDocuments() : documents);
        }
        return new Refreshed(readBack, changed.size(), gone.size());
    }

    /** Opens the index: read back from its folder when it was saved in this format, empty otherwise. */
    private void open() {
        folder = folderPath.flatMap(SearchIndexFolder::open);
        SearchIndexFolder.Restored restored = folder.map(SearchIndexFolder::load)
                .orElseGet(SearchIndexFolder.Restored::empty);
        try {
            directory = restored.memory();
            writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.PER_FIELD));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        }
        Map<String, String> records = restored.commitData();
        // saved in another format: nothing is trusted, and the labels left unknown make the first refresh empty it
        if (SearchIndexFormat.CODE != null && SearchIndexFormat.CODE.equals(records.get(FORMAT))) {
            labels = records.get(LABELS);
            records.forEach((key, hash) -> {
                if (key.startsWith(PUBLICATION)) {
                    indexed.put(key.substring(PUBLICATION.length()), hash);
                }
            });
        }
    }

    /** The documents of the first refresh: an index read back that was made with other labels is made again. */
    private SearchDocuments documentsOfFirstRefresh() {
        SearchDocuments documents = new SearchDocuments();
        String current = documents.labelsDigest();
        if (!current.equals(labels)) {
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            indexed.clear();
            labels = current;
        }
        return documents;
    }

    private void update(Set<String> gone, List<Publication> changed, SearchDocuments documents) {
        try {
            for (String id : gone) {
                writer.deleteDocuments(new Term(SearchFields.PUBLICATION, id));
                indexed.remove(id);
            }
            for (Publication publication : changed) {
                writer.deleteDocuments(new Term(SearchFields.PUBLICATION, publication.id));
                for (Observation observation : observations.list(ofPublication(publication.id))) {
                    writer.addDocument(documents.of(observation, publication));
                }
                indexed.put(publication.id, publication.contentHash);
            }
            writer.setLiveCommitData(records().entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folder.ifPresent(this::save);
        LOG.debugf("Search index: %d publications indexed again, %d removed", changed.size(), gone.size());
    }

    /** A failure to save costs the next start some indexing, never a search or a write. */
    private void save(SearchIndexFolder saved) {
        try {
            saved.save(directory);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index could not be saved to %s: %s", saved.path(), e.toString());
        }
    }

    private Map<String, String> records() {
        Map<String, String> records = new HashMap<>();
        records.put(FORMAT, String.valueOf(SearchIndexFormat.CODE));
        records.put(LABELS, labels);
        indexed.forEach((id, hash) -> records.put(PUBLICATION + id, hash));
        return records;
    }

    private static ObservationCriteria ofPublication(String id) {
        ObservationCriteria all = ObservationCriteria.all();
        return new ObservationCriteria(all.metrics(), all.specialties(), all.geographies(), all.populations(),
                all.seriesKeys(), all.sources(), all.publishers(), Set.of(id), all.overlapping(), all.qualifiers(),
                null);
    }
}
