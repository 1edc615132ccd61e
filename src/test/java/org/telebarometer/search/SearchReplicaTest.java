package org.telebarometer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telebarometer.search.SearchTest.ID;
import static org.telebarometer.search.SearchTest.publication;
import static org.telebarometer.search.SearchTest.search;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.observation.Observation;
import org.telebarometer.publication.Publication;
import org.telebarometer.support.Editing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Another replica's writes reach this one's index at its next refresh (every telebarometer.search.refresh-interval):
 * the database is changed behind the index's back, as another replica sharing it would. No IT: it needs the bean.
 */
@QuarkusTest
class SearchReplicaTest {

    @Inject
    SearchIndex index;

    @AfterEach
    void deleteTheTestPublication() {
        Editing.delete(ID);
    }

    @Test
    void aReplicaFindsWhatAnotherWroteAtItsNextRefresh() {
        index.refresh();
        Editing.importPublication(publication("Le zorglub a téléconsulté"));
        QuarkusTransaction.requiringNew().run(() -> Publication.update("contentHash = 'changed-elsewhere' where id = ?1",
                ID));
        QuarkusTransaction.requiringNew().run(() -> Observation.update(
                "quote = 'Le fantasio a téléconsulté' where publicationId = ?1", ID));
        assertThat(search("fantasio").getInt("search.totalCount")).isZero();

        index.refresh();

        assertThat(search("fantasio").getInt("search.totalCount")).isEqualTo(1);
        assertThat(search("zorglub").getInt("search.totalCount")).isZero();
    }
}
