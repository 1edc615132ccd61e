package org.telebarometer.graphql.http;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.telebarometer.graphql.engine.ExecutedOperation;

/**
 * Times every GraphQL request by operation, in /q/metrics as {@code graphql_requests_seconds}: tagged with the
 * operation's type and root fields (never the client's operation name: tags must stay few), whether the response
 * cache answered it, and the HTTP status.
 */
@ApplicationScoped
public class OperationMetrics {

    private final MeterRegistry registry;

    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(ExecutedOperation operation, String cache, int status, long startedNanos) {
        Timer.builder("graphql.requests")
                .description("GraphQL requests, by operation")
                .tag("type", operation.typeLabel())
                .tag("fields", operation.rootFields())
                .tag("cache", cache)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    /** Counts the requests stopped because their client went away. */
    void cancelled() {
        registry.counter("graphql.requests.cancelled").increment();
    }
}
