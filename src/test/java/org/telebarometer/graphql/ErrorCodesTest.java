package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telebarometer.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every client mistake gets a GraphQL error with a stable extensions.code and a message that says what to fix;
 * never a stack trace.
 */
@QuarkusTest
class ErrorCodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            INVALID_DATE          | { observations(filter: {from: "2020-13-01"}) { totalCount } }                          | ISO-8601
            INVALID_DATE          | { observations(filter: {to: "yesterday"}) { totalCount } }                             | ISO-8601
            INVALID_DATE          | { seriesByKey(key: "TELECONSULTATIONS.ALL.FR") { observations(from: "2020-02-30") { totalCount } } } | ISO-8601
            INVALID_DATE          | { publications(filter: {publishedFrom: "31/03/2020"}) { totalCount } }              | ISO-8601
            INVALID_DATE_RANGE    | { observations(filter: {from: "2020-05-01", to: "2020-04-01"}) { totalCount } }       | swap them
            INVALID_DATE_RANGE    | { publications(filter: {publishedFrom: "2021-01-01", publishedTo: "2020-01-01"}) { totalCount } } | swap them
            UNKNOWN_METRIC        | { observations(filter: {metric: ["TELECONSULTATION"]}) { totalCount } }                | TELECONSULTATIONS
            UNKNOWN_METRIC        | { series(filter: {metric: ["NOPE"]}) { totalCount } }                                  | the first are
            UNKNOWN_SPECIALTY     | { observations(filter: {specialty: ["GP"]}) { totalCount } }                           | GENERAL_PRACTICE
            UNKNOWN_GEOGRAPHY     | { observations(filter: {geography: ["FRANCE"]}) { totalCount } }                       | FR
            UNKNOWN_POPULATION    | { observations(filter: {population: ["KIDS"]}) { totalCount } }                        | WOMEN
            UNKNOWN_ORGANIZATION  | { observations(filter: {source: ["CNAM"]}) { totalCount } }                            | ASSURANCE_MALADIE
            UNKNOWN_ORGANIZATION  | { observations(filter: {publisher: ["LE_MONDE"]}) { totalCount } }                     | ASSURANCE_MALADIE
            UNKNOWN_ORGANIZATION  | { publications(filter: {source: ["NOBODY"]}) { totalCount } }                          | the first are
            UNKNOWN_NAMED_PERIOD  | { observations(filter: {during: "LOCKDOWN"}) { totalCount } }                          | FIRST_LOCKDOWN
            UNKNOWN_NAMED_PERIOD  | { seriesByKey(key: "TELECONSULTATIONS.ALL.FR") { observations(during: "X") { totalCount } } } | SECOND_LOCKDOWN
            UNKNOWN_PUBLICATION   | { observations(filter: {publication: ["nope"]}) { totalCount } }                       | afp-2019-09-12-tellerreport
            INVALID_SERIES_KEY    | { observations(filter: {series: ["TELECONSULTATIONS"]}) { totalCount } }               | METRIC.SPECIALTY.GEOGRAPHY
            UNKNOWN_METRIC        | { observations(filter: {series: ["TELECONSULTATION.ALL.FR"]}) { totalCount } }         | TELECONSULTATIONS
            UNKNOWN_GEOGRAPHY     | { observations(filter: {series: ["TELECONSULTATIONS.ALL.DE"]}) { totalCount } }        | FR
            INVALID_DATE          | { timeline(metric: "TELECONSULTATIONS", from: "+999999999-12-01") { points { value } } } | between 0001-01-01 and 9999-12-31
            INVALID_SERIES_KEY    | { seriesByKey(key: "a.b.c") { key } }                                                  | upper-case
            INVALID_CURSOR        | { observations(after: "garbage") { totalCount } }                                      | endCursor
            INVALID_CURSOR        | { series(after: "x") { totalCount } }                                                  | endCursor
            INVALID_CURSOR        | { publications(after: "eA") { totalCount } }                                           | endCursor
            PAGE_TOO_LARGE        | { observations(first: 501) { totalCount } }                                            | at most 500
            PAGE_TOO_LARGE        | { series(first: 1000) { totalCount } }                                                 | at most 500
            PAGE_TOO_LARGE        | { publication(id: "cnam-2020-03-31") { observations(first: 501) { totalCount } } }     | at most 500
            INVALID_PAGE_SIZE     | { observations(first: -1) { totalCount } }                                             | zero or more
            """)
    void aClientMistakeGetsACodeAndAHint(String code, String query, String hint) {
        Map<String, Object> error = GraphQL.error(query);

        assertThat(GraphQL.code(error)).isEqualTo(code);
        assertThat((String) error.get("message")).contains(hint);
        assertThat(error.toString()).doesNotContain("\tat ", "java.", ".java:", "org.telebarometer");
        assertThat(extensionNames(error)).containsExactlyInAnyOrder("code", "classification");
    }

    @Test
    void aCursorOfOneListIsRejectedByAnother() {
        String seriesCursor = GraphQL.data("{ series(first: 1) { pageInfo { endCursor } } }")
                .getString("series.pageInfo.endCursor");

        Map<String, Object> error = GraphQL.error("query($after: String) { observations(after: $after) { totalCount } }",
                Map.of("after", seriesCursor));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aBadDateInVariablesGetsTheSameCode() {
        Map<String, Object> error = GraphQL.error("query($from: Date) { observations(filter: {from: $from}) { totalCount } }",
                Map.of("from", "2020-02-30"));

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_DATE");
    }

    @Test
    void aListOfTooManyCodesIsRefusedBeforeItReachesTheDatabase() {
        List<String> codes = IntStream.range(0, 100_000).mapToObj(i -> "CODE_" + i).toList();

        Map<String, Object> error = GraphQL.error("query($m: [String!]) { observations(filter: {metric: $m}) { "
                + "totalCount } }", Map.of("m", codes));

        assertThat(GraphQL.code(error)).isEqualTo("TOO_MANY_VALUES");
        assertThat((String) error.get("message")).contains("at most 1000");
    }

    @Test
    void aNullInAListOfCodesIsIgnored() {
        assertThat(GraphQL.data("{ discrepancies(geography: [null, \"FR\"]) { totalCount } }")
                .getInt("discrepancies.totalCount")).isPositive();
    }

    @Test
    void unknownIdsAndCodesInLookupsAreNullNotErrors() {
        assertThat(GraphQL.data("""
                { publication(id: "nope") { id } observation(id: "nope") { id } metric(code: "NOPE") { code }
                  seriesByKey(key: "TELECONSULTATIONS.ALL.DE") { key } specialty(code: "NOPE") { code }
                  organization(code: "NOPE") { code } namedPeriod(code: "NOPE") { code } }""").getMap(""))
                .containsOnlyKeys("publication", "observation", "metric", "seriesByKey", "specialty", "organization",
                        "namedPeriod")
                .allSatisfy((field, value) -> assertThat(value).isNull());
    }

    @SuppressWarnings("unchecked")
    @Test
    void anIntrospectionQueryInBadFaithIsAClientMistake() {
        Map<String, Object> error = GraphQL.error(
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", Map.of());

        assertThat(GraphQL.code(error)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat((String) error.get("message")).contains("introspection");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an unknown enum value  | { timeline(metric: "TELECONSULTATIONS", granularity: DECADE) { points { value } } } | Argument 'granularity' expects TimelineGranularity | DECADE
            an unknown input field | { observations(filter: {colour: "red"}) { totalCount } }                       | Argument 'filter' expects ObservationFilter        | {colour: "red"}
            an Int for a Date      | { timeline(metric: "TELECONSULTATIONS", from: 2020) { points { value } } }      | Argument 'from' expects Date                       | 2020
            a list for an Int      | { observations(first: [1]) { totalCount } }                                    | Argument 'first' expects Int                       | [1]
            """)
    void anArgumentOfTheWrongTypeIsNamedWithItsTypeAndTheValueAsWritten(String what, String query, String named,
            String written) {
        Map<String, Object> error = GraphQL.error(query, Map.of());

        assertThat(GraphQL.code(error)).isEqualTo("INVALID_QUERY");
        assertThat((String) error.get("message")).contains(named, "the value given, " + written)
                .doesNotContain("Value{", "AST", "Validation error");
    }

    private static List<String> extensionNames(Map<String, Object> error) {
        return List.copyOf(((Map<String, Object>) error.get("extensions")).keySet());
    }
}
