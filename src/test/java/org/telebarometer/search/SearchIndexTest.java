package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telebarometer.search.SearchTest.ID;
import static org.telebarometer.search.SearchTest.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.support.Editing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The index saved to its folder and read back, as a restart does (instances made by hand, each a restart on the same
 * folder): only what changed meanwhile is indexed again, and a change of labels makes the whole index again.
 */
@QuarkusTest
class SearchIndexTest {

    private static final String METRIC = "TELECONSULTATIONS";
    private static final String LABEL = "Téléconsultations par semaine";

    @Inject
    ObservationService observations;
    @Inject
    TelebarometerConfig config;
    @TempDir
    Path dataDir;

    @AfterEach
    void restore() {
        Editing.delete(ID);
        QuarkusTransaction.requiringNew().run(() -> Metric.update("nameFr = ?1 where code = ?2", LABEL, METRIC));
    }

    @Test
    void aRestartIndexesOnlyWhatChangedMeanwhile() throws IOException {
        SearchIndex.Refreshed first = restart(index -> index.refresh());
        assertThat(first.readBack()).isFalse();
        assertThat(first.indexed()).isPositive();

        Editing.importPublication(publication("Le zorglub a téléconsulté"));
        SearchIndex.Refreshed second = restart(index -> {
            SearchIndex.Refreshed refreshed = index.refresh();
            assertThat(count(index, "zorglub")).isEqualTo(1);
            assertThat(documents(index)).isGreaterThan(100);
            return refreshed;
        });
        assertThat(second).isEqualTo(new SearchIndex.Refreshed(true, 1, 0));

        Editing.delete(ID);
        SearchIndex.Refreshed third = restart(index -> index.refresh());
        int found = restart(index -> count(index, "zorglub"));
        assertThat(third).isEqualTo(new SearchIndex.Refreshed(true, 0, 1));
        assertThat(found).isZero();
    }

    @Test
    void otherLabelsMakeTheWholeIndexAgain() throws IOException {
        int all = restart(index -> index.refresh()).indexed();
        QuarkusTransaction.requiringNew()
                .run(() -> Metric.update("nameFr = 'Actes de télémédecine zorglub' where code = ?1", METRIC));

        SearchIndex.Refreshed refreshed = restart(index -> {
            assertThat(count(index, "zorglub")).isPositive();
            return index.refresh();
        });

        SearchIndex.Refreshed next = restart(index -> index.refresh());
        assertThat(refreshed.readBack()).isFalse();
        assertThat(next).isEqualTo(new SearchIndex.Refreshed(true, 0, 0));
        assertThat(all).isPositive();
    }

    /** How many documents have the term in their French text. */
    private static int count(SearchIndex index, String term) {
        return index.<Integer> search(searcher -> {
            try {
                return searcher.count(new TermQuery(new Term(SearchFields.TEXT_FR, term)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int documents(SearchIndex index) {
        return index.<Integer> search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Starts an index on the folder, runs the work, stops it. */
    private <T> T restart(Function<SearchIndex, T> work) throws IOException {
        SearchIndex index = new SearchIndex(observations, saving(config, dataDir));
        try {
            return work.apply(index);
        } finally {
            index.stop(null);
        }
    }

    /** The application's settings, but with the index saved to the given data folder. */
    private static TelebarometerConfig saving(TelebarometerConfig config, Path dataDir) {
        TelebarometerConfig.Search search = delegate(TelebarometerConfig.Search.class, config.search(),
                "saveToDataDir", true);
        TelebarometerConfig withDir = delegate(TelebarometerConfig.class, config, "dataDir", dataDir.toString());
        return delegate(TelebarometerConfig.class, withDir, "search", search);
    }

    private static <T> T delegate(Class<T> type, T target, String method, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return value;
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
