package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telebarometer.importing.ObservationInput;
import org.telebarometer.importing.PublicationImporter;
import org.telebarometer.importing.PublicationInput;
import org.telebarometer.period.Period;
import org.telebarometer.publication.Publication;
import org.telebarometer.support.GraphQL;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page of observations with its series, metric, specialty, source and publication costs the same small number
 * of SQL statements whatever its size: relations are resolved in batches, never one row at a time.
 */
@QuarkusTest
class QueryCostTest {

    private static final String PUBLICATION = "query-cost-test";
    private static final List<String> SEED_SERIES = List.of("TELECONSULTATIONS.ALL.FR",
            "TELECONSULTATIONS.GENERAL_PRACTICE.FR", "TELECONSULTATION_SHARE.ALL.FR",
            "TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR", "TELECONSULTATION_SHARE.SPECIALISTS.FR", "PRACTITIONERS.ALL.FR",
            "PRACTITIONER_SHARE.ALL.FR", "PRACTITIONER_SHARE.GENERAL_PRACTICE.FR", "TREATING_PHYSICIAN_SHARE.ALL.FR",
            "THIRD_PARTY_PAYMENT_SHARE.ALL.FR");
    private static final String PAGE = """
            query($first: Int) {
              observations(filter: {publication: ["query-cost-test"]}, first: $first) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  id value qualifier quote period { label start end days }
                  series { key metric { code unit } specialty { code label } geography { code } }
                  source { code name }
                  publication { id title publisher { code } }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    PublicationImporter importer;

    @BeforeEach
    void importAPublicationOfOneHundredAndFiftyFigures() {
        List<ObservationInput> figures = new ArrayList<>();
        for (int week = 1; week <= 15; week++) {
            for (String series : SEED_SERIES) {
                figures.add(new ObservationInput(series, Period.week(2021, week).label(), (double) week, null, null,
                        Qualifier.EXACT, "ASSURANCE_MALADIE", "figure " + week, null));
            }
        }
        importer.importPublication(new PublicationInput(PUBLICATION, "ASSURANCE_MALADIE", "Cost test", "2021-06-01",
                null, List.of(), "en", null, null, figures), "test");
    }

    @AfterEach
    void deleteIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            Observation.delete("publicationId", PUBLICATION);
            Publication.deleteById(PUBLICATION);
        });
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        statementsFor(100);

        long ten = statementsFor(10);
        long hundred = statementsFor(100);

        // the check that the filter's publication exists, the page's rows, its count, its publications (reference
        // data comes from the second-level cache)
        assertThat(hundred).isEqualTo(ten).isLessThanOrEqualTo(4);
    }

    @Test
    void aSliceByDimensionsAndDatesCostsThreeStatements() {
        String slice = """
                { observations(filter: {specialty: ["GENERAL_PRACTICE"], from: "2020-03-01", to: "2020-06-30"},
                               first: 100) {
                    totalCount pageInfo { hasNextPage endCursor }
                    nodes { id value qualifier period { start end }
                            series { key metric { code unit } specialty { code label } geography { code label } }
                            source { code name } publication { id title publishedOn publisher { name } } } } }""";
        GraphQL.data(slice);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        assertThat(GraphQL.data(slice).getList("observations.nodes")).hasSizeGreaterThan(10);
        // the page's rows, its count, its publications
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void aSeriesHistoryCostsTwoStatements() {
        String history = """
                { seriesByKey(key: "TELECONSULTATIONS.ALL.FR") { key observations(first: 500) { totalCount
                    nodes { period { start end } value qualifier source { code } } } } }""";
        GraphQL.data(history);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        assertThat(GraphQL.data(history).getList("seriesByKey.observations.nodes")).hasSizeGreaterThan(50);
        // the rows and their count: the series and the sources come from the second-level cache
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
    }

    @Test
    void edgesCostWhatNodesCost() {
        String edges = PAGE.replace("nodes {", "edges { node {").replace("publication { id title publisher { code } }",
                "publication { id title publisher { code } } }");
        statementsFor(100);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        assertThat(GraphQL.data(edges, Map.of("first", 100)).getList("observations.edges")).hasSize(100);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(statementsFor(100));
    }

    @Test
    void evenAColdPageCostsAFixedNumberOfStatements() {
        sessionFactory.getCache().evictAllRegions();

        assertThat(statementsFor(100)).isLessThanOrEqualTo(10);
    }

    private long statementsFor(int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Object> nodes = GraphQL.data(PAGE, Map.of("first", first)).getList("observations.nodes");
        assertThat(nodes).hasSize(first);
        return statistics.getPrepareStatementCount();
    }
}
