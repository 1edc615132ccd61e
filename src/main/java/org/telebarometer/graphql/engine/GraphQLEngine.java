package org.telebarometer.graphql.engine;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.schema.model.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.language.Language;

/**
 * Runs GraphQL requests: parses and checks them ({@link Documents}, {@link QueryLimits}), then executes them on the
 * calling thread with this package's fetchers, within the request's {@link RequestBudget}. Every error of the answer
 * carries a code ({@link CodedErrors}).
 *
 * <p>graphql-java words its messages from the resource bundles of its {@code I18n.BundleType}s, loaded when a message
 * is first needed: META-INF/native-image/org.telebarometer/telebarometer/resource-config.json registers each for the
 * native image (Quarkus registers only Validation and Parsing).
 */
@ApplicationScoped
public class GraphQLEngine {

    /** Set in a request's context when it came over a transport that must not change data (GET). */
    static final String READ_ONLY = GraphQLEngine.class.getName() + ".readOnly";

    private final GraphQLSchema schema;
    private final GraphQL graphQL;
    private final Documents documents;
    private volatile String schemaDefinition;

    GraphQLEngine(GraphQLSchema annotated, Schema model, ObjectMapper json, TelebarometerConfig config) {
        TelebarometerConfig.GraphQL limits = config.graphql();
        this.schema = ExecutableSchema.wire(annotated, model, json, type -> Arc.container().instance(type).get());
        OperationCost cost = new OperationCost(schema, limits.defaultPageSize());
        QueryLimits queryLimits = new QueryLimits(schema, cost, limits.maxQueryDepth(), limits.maxQueryCost(),
                limits.maxQueryTokens(), limits.maxQueryLength(), limits.defaultPageSize());
        this.documents = new Documents(schema, queryLimits, limits.maxQueryTokens(), limits.maxQueryLength(),
                limits.documentCacheSize().asLongValue(), (int) limits.maxRememberedQuery().asLongValue());
        // the cost bounds what a query may return; this bounds what it does return, should the estimate be wrong
        int maxValues = (int) Math.min(Integer.MAX_VALUE, 4L * limits.maxQueryCost());
        CodedErrors errors = new CodedErrors();
        // the one path of every operation: queries, introspection and mutations
        LevelExecution execution = new LevelExecution(errors,
                new ObjectTypes(schema, ExecutableSchema.objectTypeNamesByClass(model)), maxValues);
        this.graphQL = GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(execution)
                .mutationExecutionStrategy(execution)
                .defaultDataFetcherExceptionHandler(errors)
                .preparsedDocumentProvider(documents)
                .instrumentation(new CostInstrumentation(queryLimits))
                .build();
    }

    /** Builds the engine at start-up rather than at the first request (and fails the start if a field is unwired). */
    void warmUp(@Observes StartupEvent start) {
        documents.size();
    }

    /**
     * Runs a request on the calling thread, which must have an active request context.
     *
     * @param readOnly true when the transport must not change data: a mutation is then refused
     * @param language the language the transport asked for (Accept-Language); the operation's {@code @inContext}
     *                 wins over it
     */
    public Answer execute(GraphQLRequest request, RequestBudget budget, boolean readOnly, Language language) {
        Map<Object, Object> context = new HashMap<>();
        context.put(RequestBudget.KEY, budget);
        context.put(READ_ONLY, readOnly);
        context.put(Languages.KEY, language);
        ExecutionInput input = ExecutionInput.newExecutionInput(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .graphQLContext(context)
                .build();
        ExecutionResult result = CodedErrors.coded(graphQL.execute(input));
        ExecutedOperation operation = input.getGraphQLContext().get(ExecutedOperation.KEY);
        return new Answer(result, operation == null ? ExecutedOperation.INVALID : operation,
                Languages.of(input.getGraphQLContext()));
    }

    /** The executable schema: SmallRye's, with this package's fetchers. */
    GraphQLSchema schema() {
        return schema;
    }

    /**
     * The schema in the schema definition language, complete for standard tools (graphql-js, the code generators):
     * every scalar and directive the server knows is declared, not only the types. Printed at the first call.
     */
    public String schemaDefinition() {
        String text = schemaDefinition;
        if (text == null) {
            text = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)
                    .includeSchemaDefinition(false).includeDirectives(true)).print(schema);
            schemaDefinition = text;
        }
        return text;
    }

    GraphQL graphQL() {
        return graphQL;
    }

    /** What a request gave: its result, the operation it ran, and the language of its texts. */
    public record Answer(ExecutionResult result, ExecutedOperation operation, Language language) {

        /** True when the request was refused before it ran (syntax, validation, limits): no data at all. */
        public boolean refused() {
            return !result.isDataPresent() && result.getErrors().stream().anyMatch(CodedErrors::isRequestError);
        }
    }
}
