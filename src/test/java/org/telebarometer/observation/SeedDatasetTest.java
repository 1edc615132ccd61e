package org.telebarometer.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telebarometer.support.SeedFigures.CNAM;
import static org.telebarometer.support.SeedFigures.MIND;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telebarometer.period.Period;
import org.telebarometer.support.GraphQL;
import org.telebarometer.support.SeedFigures;
import org.telebarometer.support.SeedFigures.Figure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every figure of the two seed documents is served, found by metric, specialty, date range and source.
 */
@QuarkusTest
class SeedDatasetTest {

    private static final String FIND = """
            query($metric: String!, $specialty: String!, $source: String!, $from: Date!, $to: Date!) {
              observations(filter: {metric: [$metric], specialty: [$specialty], source: [$source], from: $from, to: $to}) {
                nodes {
                  value low high qualifier quote
                  period { label start end }
                  series { key metric { code } specialty { code } geography { code } }
                  source { code }
                  publication { id }
                }
              }
            }""";

    static Stream<Figure> seedFigures() {
        return SeedFigures.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("seedFigures")
    void everySeedFigureIsServedWithItsValueAndQualifier(Figure figure) {
        Period period = Period.parse(figure.period());

        JsonPath data = GraphQL.data(FIND, Map.of("metric", figure.metric(), "specialty", figure.specialty(),
                "source", figure.source(), "from", period.start().toString(), "to", period.end().toString()));

        List<Map<String, Object>> matches = data.<Map<String, Object>> getList("observations.nodes").stream()
                .filter(node -> figure.publication().equals(at(node, "publication", "id"))
                        && figure.period().equals(at(node, "period", "label"))
                        && figure.value() == ((Number) node.get("value")).doubleValue())
                .toList();
        assertThat(matches).as("%s", figure).singleElement().satisfies(node -> {
            assertThat(node.get("qualifier")).isEqualTo(figure.qualifier());
            assertThat(at(node, "series", "key")).isEqualTo(figure.seriesKey());
            assertThat(node.get("low")).isEqualTo(figure.low());
            assertThat(node.get("high")).isEqualTo(figure.high());
            assertThat((String) node.get("quote")).isNotBlank();
        });
    }

    @Test
    void theSeedPublicationsHoldExactlyTheSeedFigures() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {publication: ["cnam-2020-03-31", "gers-mind-2020-11-24"]}) { totalCount } }""");

        assertThat(data.getInt("observations.totalCount")).isEqualTo(SeedFigures.ALL.size()).isEqualTo(26);
    }

    @Test
    void theAssuranceMaladieReleaseIsDescribedAsPublished() {
        JsonPath data = GraphQL.data("""
                { publication(id: "cnam-2020-03-31") {
                    title publishedOn updatedOn authors language url
                    publisher { code kind } sources { code }
                    observations { totalCount } } }""");

        assertThat(data.getString("publication.title")).isEqualTo("Croissance record du recours à la téléconsultation en mars");
        assertThat(data.getString("publication.publishedOn")).isEqualTo("2020-03-31");
        assertThat(data.getString("publication.updatedOn")).isNull();
        assertThat(data.getList("publication.authors")).isEmpty();
        assertThat(data.getString("publication.language")).isEqualTo("fr");
        assertThat(data.getString("publication.publisher.code")).isEqualTo("ASSURANCE_MALADIE");
        assertThat(data.getString("publication.publisher.kind")).isEqualTo("PUBLIC_HEALTH_INSURER");
        assertThat(data.getList("publication.sources.code")).containsExactly("ASSURANCE_MALADIE");
        assertThat(data.getInt("publication.observations.totalCount")).isEqualTo(SeedFigures.count(f -> f.publication().equals(CNAM)));
    }

    @Test
    void theMindHealthArticleQuotesTwoProducers() {
        JsonPath data = GraphQL.data("""
                { publication(id: "gers-mind-2020-11-24") {
                    title publishedOn updatedOn authors url
                    publisher { code kind } sources { code }
                    observations { totalCount } } }""");

        assertThat(data.getString("publication.title"))
                .isEqualTo("L’usage de la téléconsultation remonte prudemment avec le 2e confinement");
        assertThat(data.getString("publication.publishedOn")).isEqualTo("2020-11-24");
        assertThat(data.getString("publication.updatedOn")).isEqualTo("2020-12-21");
        assertThat(data.getList("publication.authors")).containsExactly("Aurélie Dureuil");
        assertThat(data.getString("publication.url")).as("not in the seed document, so not invented").isNull();
        assertThat(data.getString("publication.publisher.code")).isEqualTo("MIND_HEALTH");
        assertThat(data.getList("publication.sources.code")).containsExactly("ASSURANCE_MALADIE", "GERS_DATA");
        assertThat(data.getInt("publication.observations.totalCount")).isEqualTo(SeedFigures.count(f -> f.publication().equals(MIND)));
    }

    @Test
    void interpretedReadingsCarryANote() {
        JsonPath data = GraphQL.data("""
                { observations(filter: {publication: ["cnam-2020-03-31"], metric: ["TREATING_PHYSICIAN_SHARE"]}) {
                    nodes { value note quote } } }""");

        assertThat(data.getString("observations.nodes[0].note")).contains("no period");
        assertThat(data.getString("observations.nodes[0].quote")).startsWith("81% des téléconsultations");
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> node, String field, String subField) {
        return ((Map<String, Object>) node.get(field)).get(subField);
    }
}
