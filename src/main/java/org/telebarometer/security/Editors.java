package org.telebarometer.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.publication.Publication;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Who may change data: the bearer of a JWT signed by the configured key, issued by the configured issuer, unexpired,
 * with the role {@value #ROLE} in its groups. Only requests that write ask; reads never look at the token.
 */
@ApplicationScoped
public class Editors {

    public static final String ROLE = "editor";

    private static final Logger LOG = Logger.getLogger(Editors.class);
    private static final String BEARER = "Bearer ";
    /** Who made a change is recorded with it: the subject must fit where it is recorded. */
    private static final int MAX_SUBJECT = Publication.ACTOR_LENGTH;

    private final CurrentVertxRequest request;
    private final JWTParser parser;
    private final boolean keyConfigured;

    public Editors(CurrentVertxRequest request, JWTParser parser,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        this.request = request;
        this.parser = parser;
        this.keyConfigured = keyLocation.isPresent() || key.isPresent();
    }

    void warnWithoutKey(@Observes StartupEvent start) {
        if (!keyConfigured) {
            LOG.warn("No editor key configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): reads work, but every change "
                    + "will be refused.");
        }
    }

    /**
     * @return the subject of the editor's token, to record who made a change
     * @throws ApiException UNAUTHENTICATED without a token, INVALID_TOKEN for a token that does not verify (expired,
     *                      signed by another key, another issuer, malformed), FORBIDDEN without the editor role
     */
    public String requireEditor() {
        String header = request.getCurrent().request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Changing data needs an editor's token: send "
                    + "'Authorization: Bearer <token>'. Reading needs none.");
        }
        if (!header.startsWith(BEARER)) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, "Send the token as 'Authorization: Bearer <token>'.");
        }
        JsonWebToken token = verified(header.substring(BEARER.length()).strip());
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, "The token must name its editor in its subject (sub), in "
                    + "at most " + MAX_SUBJECT + " characters: changes record who made them.");
        }
        if (!token.getGroups().contains(ROLE)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "The token of '" + subject + "' does not carry the role '"
                    + ROLE + "' in its groups claim, which changing data needs.");
        }
        return subject;
    }

    /**
     * A request that carries credentials must carry valid ones, reads included: a client learns that its token is
     * wrong before it tries to write, not after. A valid token on a read changes nothing.
     *
     * @throws ApiException INVALID_TOKEN for an Authorization header that is not a bearer token that verifies
     */
    public void refuseInvalidCredentials() {
        String header = request.getCurrent().request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return;
        }
        if (!header.startsWith(BEARER)) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, "Send the token as 'Authorization: Bearer <token>', or "
                    + "no Authorization header at all: reading needs none.");
        }
        verified(header.substring(BEARER.length()).strip());
    }

    private JsonWebToken verified(String token) {
        try {
            return parser.parse(token);
        } catch (ParseException e) {
            LOG.debugf(e, "Refused a bearer token");
            throw new ApiException(ErrorCode.INVALID_TOKEN, "The bearer token was refused: it is expired, not signed "
                    + "by the key this service trusts, not from its issuer, or malformed. Ask for a new token.");
        }
    }
}
