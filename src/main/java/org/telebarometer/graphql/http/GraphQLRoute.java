package org.telebarometer.graphql.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.cache.ResponseCache;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.engine.GraphQLEngine;
import org.telebarometer.graphql.engine.GraphQLRequest;
import org.telebarometer.graphql.engine.RequestBudget;
import org.telebarometer.language.Language;
import org.telebarometer.security.Editors;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code /graphql}: POST (JSON or {@code application/graphql}) and GET (query parameters, reads only). A repeated
 * read is answered from the {@link ResponseCache} on the event loop; anything else runs on a worker thread, within
 * the request's time budget, and stops when its client goes away. The body is limited by
 * {@code quarkus.http.limits.max-body-size}: a larger one is refused before it is read, with
 * {@link ErrorCode#REQUEST_TOO_LARGE}.
 */
@ApplicationScoped
public class GraphQLRoute {

    static final String PATH = "/graphql";
    static final String SCHEMA_PATH = PATH + "/schema.graphql";
    static final String CACHE_STATUS = "X-Cache";

    private static final Logger LOG = Logger.getLogger(GraphQLRoute.class);

    private final GraphQLEngine engine;
    private final ResponseCache cache;
    private final OperationMetrics metrics;
    private final Responses responses;
    private final RequestParser parser;
    private final PersistedQueries persistedQueries;
    private final Editors editors;
    private final Duration timeBudget;
    private final long maxBodySize;
    private final long maxCacheKey;

    GraphQLRoute(GraphQLEngine engine, ResponseCache cache, OperationMetrics metrics, PersistedQueries persistedQueries,
            Editors editors, ObjectMapper json, TelebarometerConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.engine = engine;
        this.cache = cache;
        this.metrics = metrics;
        this.persistedQueries = persistedQueries;
        this.editors = editors;
        this.responses = new Responses(config.graphql().getMaxAge());
        this.parser = new RequestParser(json);
        this.timeBudget = config.graphql().timeBudget();
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxCacheKey = config.graphql().maxRememberedQuery().asLongValue();
    }

    void install(@Observes Router router) {
        // in place of SmallRye's, which leaves the scalars and directives undeclared
        router.route(SCHEMA_PATH).order(-101).method(HttpMethod.GET).blockingHandler(routing -> routing.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(engine.schemaDefinition()), false);
        router.route(PATH).order(-100).method(HttpMethod.GET).method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    private void handle(RoutingContext routing) {
        long started = System.nanoTime();
        Context eventLoop = routing.vertx().getOrCreateContext();
        if (isLongGet(routing)) {
            send(routing, responses.refused(new ApiException(ErrorCode.QUERY_TOO_LONG, "The query string is longer than "
                    + maxCacheKey + " characters: POST the request, or send it as a persisted query (README, "
                    + "GraphQL over GET).")), "NONE", started);
            return;
        }
        String key = cacheKey(routing);
        if (key == null) {
            RequestBudget budget = RequestBudget.startingNow(timeBudget);
            whenClientLeaves(routing, budget::cancel);
            reply(routing, eventLoop, compute(routing, budget), "NONE", started);
            return;
        }
        ResponseCache.Answer kept = cache.get(key);
        if (kept != null) {
            send(routing, kept, "HIT", started);
            return;
        }
        // identical requests share one computation, which stops only when every one of their clients has gone
        ResponseCache.Waiter waiter = cache.get(key, () -> {
            RequestBudget budget = RequestBudget.startingNow(timeBudget);
            return new ResponseCache.Computation(compute(routing, budget), budget::cancel);
        });
        whenClientLeaves(routing, waiter.leave());
        reply(routing, eventLoop, waiter.answer(), waiter.computed() ? "MISS" : "HIT", started);
    }

    private void whenClientLeaves(RoutingContext routing, Runnable leave) {
        routing.response().closeHandler(closed -> {
            if (!routing.response().ended()) {
                leave.run();
                metrics.cancelled();
            }
        });
    }

    /** Sends the answer when it comes; a computation that failed answers every client waiting for it. */
    private void reply(RoutingContext routing, Context eventLoop, CompletableFuture<ResponseCache.Answer> answer,
            String cacheStatus, long started) {
        answer.exceptionally(failure -> {
            LOG.error("Unexpected failure of a GraphQL request", failure);
            return responses.refused(new ApiException(ErrorCode.INTERNAL_ERROR,
                    "The server failed to answer this request; it has been logged. Try again later."));
        }).thenAccept(reply -> eventLoop.runOnContext(v -> send(routing, reply, cacheStatus, started)));
    }

    /**
     * On a Vert.x context of its own: ArC keeps an active request context in the Vert.x context it runs on, so on the
     * context of the request that started it, a computation other clients share could have its request context (and
     * the Hibernate session in it) ended by whatever happens to that one request, as when its client leaves.
     */
    private CompletableFuture<ResponseCache.Answer> compute(RoutingContext routing, RequestBudget budget) {
        Context own = VertxContext.createNewDuplicatedContext(routing.vertx().getOrCreateContext());
        return own.executeBlocking(() -> answer(routing, budget), false).toCompletionStage().toCompletableFuture();
    }

    /** On a worker thread, in a request context of its own. */
    private ResponseCache.Answer answer(RoutingContext routing, RequestBudget budget) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        boolean get = routing.request().method() == HttpMethod.GET;
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(routing);
            editors.refuseInvalidCredentials();
            if (budget.isCancelled()) {
                throw new ApiException(ErrorCode.REQUEST_CANCELLED, "The client disconnected before the request ran.");
            }
            GraphQLRequest request = persistedQueries.resolve(get ? parser.get(routing.queryParams())
                    : parser.post(routing.request().getHeader(HttpHeaders.CONTENT_TYPE), routing.body().buffer()));
            return responses.of(engine.execute(request, budget, get, language(routing)), get);
        } catch (ApiException refused) {
            return responses.refused(refused);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure of a GraphQL request", e);
            return responses.refused(new ApiException(ErrorCode.INTERNAL_ERROR,
                    "The server failed to answer this request; it has been logged. Try again later."));
        } finally {
            requestContext.terminate();
        }
    }

    /** A GET is meant to be cached by URL: a long one is refused rather than parsed. */
    private boolean isLongGet(RoutingContext routing) {
        String query = routing.request().query();
        return routing.request().method() == HttpMethod.GET && query != null && query.length() > maxCacheKey;
    }

    private static Language language(RoutingContext routing) {
        return Language.ofAcceptLanguage(routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The key of a request that may be answered from the cache (small, anonymous, not asking to bypass it), in the
     * language its header asks for (an {@code @inContext} directive is part of the query, so of the key).
     */
    private String cacheKey(RoutingContext routing) {
        if (!cache.enabled() || routing.request().getHeader(HttpHeaders.AUTHORIZATION) != null || bypassesCache(routing)) {
            return null;
        }
        if (routing.request().method() == HttpMethod.GET) {
            String query = routing.request().query();
            return query == null || query.length() > maxCacheKey ? null : language(routing).tag() + " GET " + query;
        }
        Buffer body = routing.body().buffer();
        if (body == null || body.length() > maxCacheKey) {
            return null;
        }
        return language(routing).tag() + " POST " + routing.request().getHeader(HttpHeaders.CONTENT_TYPE) + " " + body;
    }

    private static boolean bypassesCache(RoutingContext routing) {
        String cacheControl = routing.request().getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
    }

    private void send(RoutingContext routing, ResponseCache.Answer reply, String cacheStatus, long started) {
        if (routing.response().ended() || routing.response().closed()) {
            return;
        }
        responses.write(routing, reply, cacheStatus);
        metrics.record(reply.operation(), reply.keep() ? cacheStatus : "NONE", routing.response().getStatusCode(),
                started);
    }

    /** The body handler refused the request (413 when it is too large) or a handler failed. */
    private void failed(RoutingContext routing) {
        ApiException error = routing.statusCode() == 413
                ? new ApiException(ErrorCode.REQUEST_TOO_LARGE, "The request body is larger than " + maxBodySize
                        + " bytes: send less at a time (a large publication can be split in several).")
                : new ApiException(ErrorCode.INTERNAL_ERROR, "The server failed to answer this request.");
        if (routing.statusCode() != 413) {
            LOG.error("GraphQL route failure", routing.failure());
        }
        ResponseCache.Answer reply = responses.refused(error);
        routing.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(routing, reply, "NONE", System.nanoTime());
    }
}
