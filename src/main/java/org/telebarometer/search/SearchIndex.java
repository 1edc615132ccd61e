package org.telebarometer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.store.ByteBuffersDirectory;
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
 * {@code telebarometer.search.refresh-interval}. Built at start-up on a worker thread; a search that comes first
 * waits for it.
 * <p>
 * Why Lucene rather than the database's text search: the same French and English analysis on H2 and PostgreSQL (H2
 * has no stemming), and a highlighter.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final ObservationService observations;
    private final Duration refreshInterval;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The content hash of each publication indexed, by id. */
    private final Map<String, String> indexed = new HashMap<>();
    private volatile boolean built;
    /** Serving requests: the index is kept (the import command has none). */
    private volatile boolean started;

    SearchIndex(ObservationService observations, TelebarometerConfig config) {
        this.observations = observations;
        this.refreshInterval = config.search().refreshInterval();
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(SearchAnalyzers.PER_FIELD));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        }
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

    void stop(@Observes ShutdownEvent stop) throws IOException {
        searchers.close();
        writer.close();
    }

    /** Runs a search on the index as it is now, built first if it has never been. */
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

    /** Brings the index up to date with the database. */
    synchronized void refresh() {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, Publication> current = Publication.<Publication> listAll().stream()
                    .collect(Collectors.toMap(p -> p.id, Function.identity()));
            Set<String> gone = indexed.keySet().stream().filter(id -> !current.containsKey(id))
                    .collect(Collectors.toSet());
            List<Publication> changed = current.values().stream()
                    .filter(p -> !p.contentHash.equals(indexed.get(p.id))).toList();
            if (!gone.isEmpty() || !changed.isEmpty()) {
                update(gone, changed);
            }
        });
        if (!built) {
            LOG.infof("Search index built: %d observations of %d publications in %d ms", writer.getDocStats().numDocs,
                    indexed.size(), (System.nanoTime() - started) / 1_000_000);
        }
        built = true;
    }

    private void update(Set<String> gone, List<Publication> changed) {
        try {
            for (String id : gone) {
                writer.deleteDocuments(new Term(SearchFields.PUBLICATION, id));
                indexed.remove(id);
            }
            SearchDocuments documents = new SearchDocuments();
            for (Publication publication : changed) {
                writer.deleteDocuments(new Term(SearchFields.PUBLICATION, publication.id));
                for (Observation observation : observations.list(ofPublication(publication.id))) {
                    writer.addDocument(documents.of(observation, publication));
                }
                indexed.put(publication.id, publication.contentHash);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.debugf("Search index: %d publications indexed again, %d removed", changed.size(), gone.size());
    }

    private static ObservationCriteria ofPublication(String id) {
        ObservationCriteria all = ObservationCriteria.all();
        return new ObservationCriteria(all.metrics(), all.specialties(), all.geographies(), all.populations(),
                all.seriesKeys(), all.sources(), all.publishers(), Set.of(id), all.overlapping(), all.qualifiers(),
                null);
    }
}
