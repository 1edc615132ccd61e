package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.AsyncExecutionStrategy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's level-by-level execution answers exactly as graphql-java's own strategy does, on the same schema and
 * fetchers: the same data, the same errors at the same paths, for aliases, fragments, directives, nested batches,
 * lists of lists, nulls and failures at every depth.
 */
@QuarkusTest
class LevelExecutionTest {

    @Inject
    GraphQLEngine engine;

    @ParameterizedTest
    @ValueSource(strings = {
            "{ metrics { code name unit aggregation __typename } namedPeriods { code start end } }",
            "{ a: metrics { code } b: metrics { name } metrics { code } }",
            "{ observations(first: 7, filter: {specialty: [\"GENERAL_PRACTICE\"]}) { totalCount pageInfo { hasNextPage "
                    + "endCursor startCursor hasPreviousPage } edges { cursor node { id value low high qualifier quote note "
                    + "period { start end label days granularity } series { key metric { code } specialty { code label "
                    + "parent { code } children { code } } geography { code parent { code } } } source { code name kind } "
                    + "publication { id title authors publishedOn publisher { code } sources { code } } } } } }",
            "{ x: observations(first: 2) { nodes { id } } y: observations(first: 3, after: null) { nodes { id value } } }",
            "{ series(first: 5) { totalCount nodes { key o1: observations(first: 2) { totalCount nodes { id } } "
                    + "o2: observations(first: 1, from: \"2020-03-01\") { totalCount nodes { id period { label } } } } } }",
            "{ publications(first: 10) { nodes { id sources { code name } observations(first: 2) { totalCount "
                    + "nodes { id series { key } } } } } }",
            "query($skip: Boolean!, $keep: Boolean!) { metrics { code name @skip(if: $skip) unit @include(if: $keep) } }",
            "{ specialties { ...S children { ...S children { ...S } } } } fragment S on Specialty { code label "
                    + "parent { code } }",
            "{ metrics { ... on Metric { code } ... { name } } }",
            "{ timeline(metric: \"TELECONSULTATIONS\", from: \"2020-03-01\", to: \"2020-06-30\", granularity: MONTH) { "
                    + "seriesKey rule points { period { label } value values conflict observationIds observations { id "
                    + "source { code } } } series { key } } }",
            "{ discrepancies(metric: [\"TELECONSULTATIONS\"], first: 5) { totalCount nodes { relativeGap series { key } "
                    + "first { id value } second { id value } } } }",
            "{ observations(filter: {specialty: [\"GP\"]}) { totalCount } metrics { code } }",
            "{ seriesByKey(key: \"TELECONSULTATIONS.ALL.FR\") { key observations(first: 501) { totalCount } metric { code } } }",
            "{ publication(id: \"cnam-2020-03-31\") { id observations(after: \"garbage\") { totalCount } } }",
            "{ publication(id: \"no-such\") { id } observation(id: \"none\") { id } seriesByKey(key: \"A.B.C\") { key } }",
            "{ geographies { code label level parent { code parent { code } } } organizations { code url } }",
    })
    void answersAsGraphqlJavasOwnStrategyDoes(String query) {
        Map<String, Object> variables = Map.of("skip", true, "keep", false);

        ExecutionResult levels = run(engine.graphQL(), query, variables);
        ExecutionResult reference = run(GraphQL.newGraphQL(engine.schema())
                .queryExecutionStrategy(new AsyncExecutionStrategy(new CodedErrors())).build(), query, variables);

        assertThat(plain(levels.getData())).isEqualTo(plain(reference.getData()));
        assertThat(errors(levels)).isEqualTo(errors(reference));
    }

    private static ExecutionResult run(GraphQL graphQL, String query, Map<String, Object> variables) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
        } finally {
            requestContext.terminate();
        }
    }

    private static Set<String> errors(ExecutionResult result) {
        return result.getErrors().stream().map(GraphQLError::toSpecification).map(Object::toString)
                .collect(Collectors.toSet());
    }

    /** The engine's answer as maps and lists, as graphql-java gives them. */
    private static Object plain(Object value) {
        if (value instanceof ResultObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < object.size(); i++) {
                map.put(object.name(i), plain(object.value(i)));
            }
            return map;
        }
        if (value instanceof Object[] array) {
            return plain(Arrays.asList(array));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        return value;
    }
}
