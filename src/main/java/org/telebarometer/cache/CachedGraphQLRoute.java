package org.telebarometer.cache;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers repeated read-only GraphQL requests from the {@link ResponseCache}, on the event loop, without running
 * them again. A request that is not a plain query — a mutation, one that carries credentials, one that asks for
 * {@code Cache-Control: no-cache}, one that is not valid JSON — goes on to SmallRye GraphQL untouched; so does a query
 * whose answer holds errors, so that errors are always reported by SmallRye itself.
 */
@ApplicationScoped
public class CachedGraphQLRoute {

    static final String STATUS_HEADER = "X-Cache";

    private final ResponseCache cache;
    private final Instance<ExecutionService> executionService;

    CachedGraphQLRoute(ResponseCache cache, Instance<ExecutionService> executionService) {
        this.cache = cache;
        this.executionService = executionService;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.post("/graphql").order(-90).handler(BodyHandler.create(false)).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        JsonObject request = cacheableRequest(context);
        if (request == null) {
            context.next();
            return;
        }
        String key = key(request);
        byte[] cached = cache.get(key);
        if (cached != null) {
            send(context, cached, "HIT");
            return;
        }
        if (!ReadOnlyQueries.isReadOnly(((JsonString) request.get("query")).getString(), operationName(request))) {
            context.next();
            return;
        }
        execute(context, request, key, cache.generation());
    }

    /**
     * Runs the query as SmallRye's own handler does — request context active on this thread and handed over to the
     * data fetchers, ended with the response — and keeps the answer when it holds no error. An answer with errors
     * is not written here: SmallRye GraphQL runs the request again and reports them its own way.
     */
    private void execute(RoutingContext context, JsonObject request, String key, long generation) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        context.addEndHandler(ended -> requestContext.destroy(state));
        try {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("runBlocking", false);
            metadata.put("httpHeaders", headers(context));
            metadata.put("state", state);
            executionService.get().executeAsync(request, metadata, response -> {
                if (!response.getExecutionResult().getErrors().isEmpty()) {
                    context.next();
                    return;
                }
                byte[] body = response.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
                cache.put(key, body, generation);
                send(context, body, "MISS");
            });
        } finally {
            requestContext.deactivate();
        }
    }

    private static JsonObject cacheableRequest(RoutingContext context) {
        if (context.request().getHeader("Authorization") != null || noCache(context) || context.body().isEmpty()) {
            return null;
        }
        try {
            JsonObject request = Json.createReader(new StringReader(context.body().asString())).readObject();
            return request.get("query") instanceof JsonString ? request : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static boolean noCache(RoutingContext context) {
        String cacheControl = context.request().getHeader("Cache-Control");
        return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
    }

    private static String operationName(JsonObject request) {
        JsonValue name = request.get("operationName");
        return name instanceof JsonString string ? string.getString() : null;
    }

    private static String key(JsonObject request) {
        JsonValue variables = request.getOrDefault("variables", JsonValue.NULL);
        return ((JsonString) request.get("query")).getString() + '\u0000' + operationName(request) + '\u0000'
                + variables;
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
