package org.telebarometer.graphql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.TypeResolutionEnvironment;
import graphql.execution.AsyncExecutionStrategy;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The level executor on a small schema of its own, with interfaces and a union, fetchers wired by hand (graphql-java's
 * property fetchers, plain fetchers) and one that resolves a whole level at once: it answers as graphql-java's own
 * strategies do, resolves a batched field once per level, runs a mutation's fields in order, and refuses an answer
 * larger than its bound.
 */
class LevelExecutionSemanticsTest {

    private static final String SDL = """
            interface Named { name: String! }
            type Person implements Named { name: String! age: Int friends: [Named!]! pet: Pet nickname: String!
              score: Int }
            type Dog implements Named { name: String! barks: Boolean! }
            union Pet = Dog | Person
            type Query { people: [Person!]! named: [Named!]! pets: [Pet] failing: String person(name: String!): Person
              broken: Person! }
            type Mutation { add(name: String!): Int! total: Int! }
            """;

    record Person(String name, Integer age, List<Object> friends, Object pet, String nickname) {
    }

    record Dog(String name, boolean barks) {
    }

    private static final Dog REX = new Dog("Rex", true);
    private static final Person ANN = new Person("Ann", 31, List.of(REX), REX, "annie");
    private static final Person BOB = new Person("Bob", null, List.of(ANN, REX), ANN, null);

    private final AtomicInteger scoreCalls = new AtomicInteger();
    private final List<String> added = new ArrayList<>();
    private final GraphQLSchema schema = schema();

    @ParameterizedTest
    @ValueSource(strings = {
            "{ people { name age __typename friends { name __typename ... on Dog { barks } ... on Person { age } } } }",
            "{ named { ... on Person { n: name pet { ... on Dog { name } ... on Person { name nickname } } } "
                    + "... on Dog { barks } } }",
            "{ pets { __typename ... on Named { name } ... P } } fragment P on Person { age friends { name } }",
            "query($no: Boolean!) { people { name age @skip(if: $no) ... @include(if: $no) { nickname } } }",
            "{ failing people { name } }",
            "{ people { name nickname } }",
            "{ broken { name } people { name } }",
            "{ a: person(name: \"Ann\") { name } b: person(name: \"Zed\") { name } }",
            "{ people { friends { ... on Person { friends { name } } } } }",
    })
    void answersAsGraphqlJavasOwnStrategyDoes(String query) {
        ExecutionResult levels = run(levelEngine(10_000), query);
        ExecutionResult reference = run(GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(new CodedErrors())).build(), query);

        assertThat(plain(levels.getData())).isEqualTo(plain(reference.getData()));
        // at the same places; the wording is this application's (a code, no internals)
        assertThat(errorPaths(levels)).isEqualTo(errorPaths(reference));
        assertThat(levels.getErrors()).allSatisfy(error -> assertThat(error.getExtensions()).containsKey("code"));
    }

    @Test
    void introspectsTheSchemaAsGraphqlJavaDoes() {
        ExecutionResult levels = run(levelEngine(100_000), IntrospectionQuery.INTROSPECTION_QUERY);
        ExecutionResult reference = run(GraphQL.newGraphQL(schema).build(), IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(levels.getErrors()).isEmpty();
        assertThat(plain(levels.getData())).isEqualTo(plain(reference.getData()));
    }

    @Test
    void resolvesABatchedFieldOnceForAWholeLevel() {
        ExecutionResult result = run(levelEngine(10_000), "{ people { score friends { ... on Person { score } } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(scoreCalls).hasValue(2);
    }

    @Test
    void runsAMutationsFieldsInOrder() {
        ExecutionResult result = run(levelEngine(10_000),
                "mutation { first: add(name: \"a\") second: add(name: \"b\") total third: add(name: \"c\") }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(added).containsExactly("a", "b", "c");
        assertThat(plain(result.getData())).isEqualTo(Map.of("first", 1, "second", 2, "total", 2, "third", 3));
    }

    @Test
    void refusesAnAnswerLargerThanItsBoundWhole() {
        ExecutionResult result = run(levelEngine(5), "{ people { name friends { name } } }");

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX"));
    }

    private GraphQL levelEngine(int maxValues) {
        LevelExecution execution = new LevelExecution(new CodedErrors(), new ObjectTypes(schema,
                Map.of(Person.class.getName(), "Person", Dog.class.getName(), "Dog")), maxValues);
        return GraphQL.newGraphQL(schema).queryExecutionStrategy(execution).mutationExecutionStrategy(execution)
                .build();
    }

    private GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("people", env -> List.of(ANN, BOB))
                        .dataFetcher("named", env -> List.of(ANN, REX, BOB))
                        .dataFetcher("pets", env -> Arrays.asList(REX, null, BOB))
                        .dataFetcher("failing", env -> {
                            throw new IllegalStateException("broken on purpose");
                        })
                        .dataFetcher("person", env -> "Ann".equals(env.getArgument("name")) ? ANN : null)
                        .dataFetcher("broken", env -> null))
                .type(TypeRuntimeWiring.newTypeWiring("Person").dataFetcher("score", new Score()))
                .type(TypeRuntimeWiring.newTypeWiring("Mutation")
                        .dataFetcher("add", env -> {
                            added.add(env.getArgument("name"));
                            return added.size();
                        })
                        .dataFetcher("total", env -> added.size()))
                .type(TypeRuntimeWiring.newTypeWiring("Named").typeResolver(LevelExecutionSemanticsTest::typeOf))
                .type(TypeRuntimeWiring.newTypeWiring("Pet").typeResolver(LevelExecutionSemanticsTest::typeOf))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static GraphQLObjectType typeOf(TypeResolutionEnvironment env) {
        return env.getSchema().getObjectType(env.getObject() instanceof Dog ? "Dog" : "Person");
    }

    /** A field resolved for a whole level at once; object by object under graphql-java's own strategy. */
    private final class Score implements DataFetcher<Object>, LevelResolver {

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return ((Person) environment.getSource()).name().length();
        }

        @Override
        public void resolveAll(List<?> sources, Map<String, Object> arguments, GraphQLContext context,
                Object[] values) {
            scoreCalls.incrementAndGet();
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Person) sources.get(i)).name().length();
            }
        }
    }

    private static ExecutionResult run(GraphQL graphQL, String query) {
        return graphQL.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("no", false)).build());
    }

    private static Set<String> errorPaths(ExecutionResult result) {
        return result.getErrors().stream().map(GraphQLError::getPath).map(String::valueOf).collect(Collectors.toSet());
    }

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
