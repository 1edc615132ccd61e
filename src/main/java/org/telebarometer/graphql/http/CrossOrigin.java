package org.telebarometer.graphql.http;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.telebarometer.TelebarometerConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets web pages of other origins use the API from a browser (CORS), on {@code /graphql} and {@code /api/*}: any
 * configured read origin (by default any origin: the data is open) may send GET and POST requests without
 * credentials; only the configured editor origins may also send an {@code Authorization} header, which the editors'
 * mutations need. A request from another origin gets no CORS header, so the browser keeps the answer from the page.
 * <p>
 * Why not Quarkus' CORS filter ({@code quarkus.http.cors}): it applies one policy to every origin, and this API
 * needs two, one that allows {@code Authorization} and one that does not.
 */
@ApplicationScoped
public class CrossOrigin {

    private static final String ANY = "*";
    private static final String READ_HEADERS = "Content-Type, Accept, Cache-Control, If-None-Match";
    private static final String EDITOR_HEADERS = READ_HEADERS + ", Authorization";
    private static final String EXPOSED_HEADERS = "ETag, X-Cache";
    private static final String ONE_DAY = "86400";

    private final Set<String> readOrigins;
    private final Set<String> editorOrigins;

    CrossOrigin(TelebarometerConfig config) {
        this.readOrigins = Set.copyOf(config.cors().readOrigins());
        this.editorOrigins = Set.copyOf(config.cors().editorOrigins().orElse(List.of()));
    }

    void install(@Observes Router router) {
        router.route(GraphQLRoute.PATH).order(-110).handler(this::handle);
        router.route("/api/*").order(-110).handler(this::handle);
    }

    private void handle(RoutingContext routing) {
        String origin = routing.request().getHeader(HttpHeaders.ORIGIN);
        HttpServerResponse response = routing.response();
        boolean preflight = routing.request().method() == HttpMethod.OPTIONS
                && routing.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (origin != null) {
            response.headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            allow(response, origin, preflight);
        }
        if (preflight) {
            response.setStatusCode(204).end();
        } else {
            routing.next();
        }
    }

    private void allow(HttpServerResponse response, String origin, boolean preflight) {
        boolean editor = editorOrigins.contains(origin);
        if (!editor && !readOrigins.contains(origin) && !readOrigins.contains(ANY)) {
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, editor || !readOrigins.contains(ANY) ? origin : ANY)
                .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        if (preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, editor ? EDITOR_HEADERS : READ_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, ONE_DAY);
        }
    }
}
