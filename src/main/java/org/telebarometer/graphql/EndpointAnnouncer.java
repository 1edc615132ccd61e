package org.telebarometer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Prints where to point a browser or a client at start-up.
 */
@ApplicationScoped
class EndpointAnnouncer {

    private static final Logger LOG = Logger.getLogger(EndpointAnnouncer.class);

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes StartupEvent start) {
        String base = "http://localhost:" + port;
        LOG.infof("GraphiQL: %s/q/graphql-ui/ | GraphQL endpoint: %s/graphql | schema: %s/graphql/schema.graphql",
                base, base, base);
    }
}
