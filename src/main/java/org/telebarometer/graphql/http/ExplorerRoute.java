package org.telebarometer.graphql.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphiQL ({@code /q/graphql-ui/}) opens on the README's example queries ({@code /examples.graphql}), ready to run:
 * a visit without a query is sent to the same page with the examples as its {@code query} parameter, which GraphiQL
 * puts in its editor. A link that carries its own query (the dashboard's "open in GraphiQL") opens on that one.
 * Why a redirect: SmallRye's GraphiQL page reads a query from its URL but has no setting for a default one.
 */
@ApplicationScoped
public class ExplorerRoute {

    static final String PATH = "/q/graphql-ui/";
    static final String EXAMPLES = "META-INF/resources/examples.graphql";

    private final String withExamples;

    ExplorerRoute() {
        this.withExamples = PATH + "?query=" + URLEncoder.encode(examples(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/q/graphql-ui/?").order(-150).handler(this::openOnExamples);
    }

    private void openOnExamples(RoutingContext routing) {
        if (routing.queryParams().contains("query")) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, withExamples)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }

    static String examples() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("The example queries are missing from the package: " + EXAMPLES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
