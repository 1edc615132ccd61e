package org.telebarometer.graphql;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Times every GraphQL request by operation, in /q/metrics as {@code graphql_requests_seconds}: tagged with the
 * operation's type and root fields (never the client's operation name, which would make the tags unbounded), whether
 * the response cache answered it, and the HTTP status.
 */
@ApplicationScoped
public class OperationMetrics {

    private final MeterRegistry registry;

    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-97).handler(this::time);
    }

    private void time(RoutingContext context) {
        long started = System.nanoTime();
        // when the answer's headers go out: SmallRye GraphQL replaces the response's end handler, so end handlers of
        // the routing context would not run
        context.addHeadersEndHandler(headersWritten -> {
            OperationCatalog.Operation operation = context.get(QueryLimits.OPERATION);
            if (operation == null) {
                operation = OperationCatalog.INVALID;
            }
            String cache = context.response().headers().get("X-Cache");
            Timer.builder("graphql.requests")
                    .description("GraphQL requests, by operation")
                    .tag("type", operation.type())
                    .tag("fields", operation.rootFields())
                    .tag("cache", cache == null ? "NONE" : cache)
                    .tag("status", Integer.toString(context.response().getStatusCode()))
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        });
        context.next();
    }
}
