package org.telebarometer.cache;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import org.telebarometer.graphql.OperationCatalog;
import org.telebarometer.graphql.QueryLimits;

/**
 * Answers repeated read-only GraphQL requests from the {@link ResponseCache}, on the event loop, without running
 * them again; clients asking the same thing while it is being computed wait for that one computation. A request that
 * is not a plain query — a mutation, one that carries credentials, one that asks for {@code Cache-Control: no-cache},
 * one that is not valid JSON — goes on to SmallRye GraphQL untouched; so does a query whose answer holds errors, so
 * that errors are always reported by SmallRye itself.
 */
@ApplicationScoped
public class CachedGraphQLRoute {

    static final String STATUS_HEADER = "X-Cache";

    private final ResponseCache cache;
    private final Instance<ExecutionService> executionService;
    private final Map<String, Future<byte[]>> inFlight = new ConcurrentHashMap<>();

    CachedGraphQLRoute(ResponseCache cache, Instance<ExecutionService> executionService) {
        this.cache = cache;
        this.executionService = executionService;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            // after QueryLimits (order -95), which has read the body and described the operation
            router.post("/graphql").order(-90).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        io.vertx.core.json.JsonObject request = cacheableRequest(context);
        if (request == null) {
            context.next();
            return;
        }
        String query = request.getString("query");
        String operationName = request.getValue("operationName") instanceof String name ? name : null;
        String key = query + '\u0000' + operationName + '\u0000' + request.getValue("variables");
        byte[] cached = cache.get(key);
        if (cached != null) {
            send(context, cached, "HIT");
            return;
        }
        OperationCatalog.Operation operation = context.get(QueryLimits.OPERATION);
        if (operation == null || !"QUERY".equals(operation.type())) {
            context.next();
            return;
        }
        execute(context, Json.createReader(new StringReader(context.body().asString())).readObject(), key,
                cache.generation());
    }

    /**
     * Runs the query as SmallRye's own (blocking) handler does — on a worker thread, in a request context of its own —
     * and keeps the answer when it holds no error. An answer with errors is not written here: SmallRye GraphQL runs
     * the request again and reports them its own way.
     */
    private void execute(RoutingContext context, JsonObject request, String key, long generation) {
        Promise<byte[]> answered = Promise.promise();
        Future<byte[]> running = inFlight.putIfAbsent(key, answered.future());
        if (running != null) {
            // the same request is being computed for another client: wait for that answer rather than compute it again
            running.onComplete(result -> reply(context, result, "HIT"));
            return;
        }
        Map<String, List<String>> headers = headers(context);
        context.vertx().executeBlocking(() -> answer(request, headers), false).onComplete(result -> {
            if (result.succeeded() && result.result() != null) {
                cache.put(key, result.result(), generation);
            }
            inFlight.remove(key);
            answered.handle(result);
            reply(context, result, "MISS");
        });
    }

    private static void reply(RoutingContext context, AsyncResult<byte[]> result, String status) {
        if (result.failed() || result.result() == null) {
            context.next();
        } else {
            send(context, result.result(), status);
        }
    }

    /** The answer as JSON bytes; null when it holds errors. */
    private byte[] answer(JsonObject request, Map<String, List<String>> headers) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("runBlocking", true);
            metadata.put("httpHeaders", headers);
            metadata.put("state", requestContext.getState());
            ExecutionResponse[] response = new ExecutionResponse[1];
            executionService.get().executeSync(request, metadata, executed -> response[0] = executed);
            if (response[0] == null || !response[0].getExecutionResult().getErrors().isEmpty()) {
                return null;
            }
            return response[0].getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        } finally {
            requestContext.terminate();
        }
    }

    private static io.vertx.core.json.JsonObject cacheableRequest(RoutingContext context) {
        if (context.request().getHeader("Authorization") != null || noCache(context) || context.body().isEmpty()) {
            return null;
        }
        try {
            io.vertx.core.json.JsonObject request = context.body().asJsonObject();
            return request != null && request.getValue("query") instanceof String ? request : null;
        } catch (RuntimeException notAJsonObject) {
            return null;
        }
    }

    private static boolean noCache(RoutingContext context) {
        String cacheControl = context.request().getHeader("Cache-Control");
        return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
    }

    private static Map<String, List<String>> headers(RoutingContext context) {
        Map<String, List<String>> headers = new HashMap<>();
        context.request().headers().names().forEach(name -> headers.put(name, context.request().headers().getAll(name)));
        return headers;
    }

    private static void send(RoutingContext context, byte[] body, String status) {
        String accept = context.request().getHeader("Accept");
        String type = accept != null && accept.contains("application/json") && !accept.contains("graphql-response")
                ? "application/json; charset=UTF-8"
                : "application/graphql-response+json; charset=UTF-8";
        context.response().putHeader("Content-Type", type).putHeader(STATUS_HEADER, status).end(Buffer.buffer(body));
    }
}
