package org.telebarometer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a GraphQL request that is too long (tokens), too deep (nested fields) or too complex (fields in all) before
 * it is validated or run, with status 400 and an error whose {@code extensions.code} says which limit and by how much.
 * SmallRye GraphQL enforces the same limits (its settings take these values) for whatever does not come this way.
 */
@ApplicationScoped
public class QueryLimits {

    /** Where the request's {@link OperationCatalog.Operation} is left for the handlers after this one. */
    public static final String OPERATION = "telebarometer.graphql.operation";

    private final OperationCatalog catalog;
    private final int maxDepth;
    private final int maxComplexity;

    QueryLimits(OperationCatalog catalog,
            @ConfigProperty(name = "telebarometer.graphql.max-query-depth", defaultValue = "15") int maxDepth,
            @ConfigProperty(name = "telebarometer.graphql.max-query-complexity", defaultValue = "600") int maxComplexity) {
        this.catalog = catalog;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-95).handler(BodyHandler.create(false)).handler(this::check);
    }

    private void check(RoutingContext context) {
        JsonObject request = json(context);
        if (request == null || !(request.getValue("query") instanceof String query)) {
            context.next();
            return;
        }
        OperationCatalog.Operation operation = catalog.describe(query,
                request.getValue("operationName") instanceof String name ? name : null);
        context.put(OPERATION, operation);
        ApiException refusal = refusal(operation);
        if (refusal == null) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject().put("message", refusal.getMessage())
                .put("extensions", new JsonObject().put("code", refusal.code().name()));
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** Why the operation may not run, or null when it is within every limit. */
    private ApiException refusal(OperationCatalog.Operation operation) {
        if (operation.tooManyTokens()) {
            return new ApiException(ErrorCode.QUERY_TOO_LONG, "The query has more than " + catalog.maxTokens()
                    + " tokens: ask for fewer fields or split it in several requests.");
        }
        QueryShape shape = operation.shape();
        if (shape.depth() > maxDepth) {
            return new ApiException(ErrorCode.QUERY_TOO_DEEP, "The query nests fields " + shape.depth()
                    + " deep; at most " + maxDepth + " levels are allowed: ask for less nested data.");
        }
        if (shape.complexity() > maxComplexity) {
            return new ApiException(ErrorCode.QUERY_TOO_COMPLEX, "The query asks for " + shape.complexity()
                    + " fields; at most " + maxComplexity + " are allowed: ask for fewer fields or split it.");
        }
        return null;
    }

    private static JsonObject json(RoutingContext context) {
        try {
            return context.body().isEmpty() ? null : context.body().asJsonObject();
        } catch (DecodeException | ClassCastException notAnObject) {
            return null;
        }
    }
}
