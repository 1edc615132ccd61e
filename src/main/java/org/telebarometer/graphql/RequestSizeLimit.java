package org.telebarometer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Refuses a GraphQL request whose declared body is larger than the configured limit, before reading it, with a
 * GraphQL error a client can act on. Bodies sent without a length are cut by quarkus.http.limits.max-body-size.
 */
@ApplicationScoped
class RequestSizeLimit {

    private final long maxBytes;

    RequestSizeLimit(@ConfigProperty(name = "telebarometer.graphql.max-request-size", defaultValue = "10M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(-100).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                JsonObject error = new JsonObject()
                        .put("message", "The request body is larger than " + maxBytes + " bytes: send less at a time "
                                + "(a large publication can be split in several).")
                        .put("extensions", new JsonObject().put("code", ErrorCode.REQUEST_TOO_LARGE.name()));
                context.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
            } else {
                context.next();
            }
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
