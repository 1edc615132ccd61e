package org.telebarometer.graphql.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.telebarometer.cache.ResponseCache;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.engine.ExecutedOperation;
import org.telebarometer.graphql.engine.GraphQLEngine;
import org.telebarometer.language.Language;

import graphql.GraphQLError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP form of GraphQL answers, as GraphQL over HTTP specifies it: the JSON body; the media type the client accepts
 * ({@link AcceptedType}); the status: 200 when the request ran; for a well-formed request that GraphQL refused before
 * it ran (syntax, validation, limits, variables), 400 under {@code application/graphql-response+json} and 200 under
 * {@code application/json}, whose clients read the errors only from a 200; for what is wrong at the HTTP level (a
 * malformed envelope, a mutation over GET, a token that does not verify, a body too large), its 4xx under both. The
 * language of its texts is its {@code Content-Language}.
 */
final class Responses {

    /** The request headers an answer depends on: its media type, and the language of its texts. */
    static final String VARY = "Accept, Accept-Language";

    private final String publicCaching;

    /** @param maxAge how long browsers and CDNs may keep a successful answer to a GET */
    Responses(Duration maxAge) {
        this.publicCaching = "public, max-age=" + maxAge.toSeconds();
    }

    ResponseCache.Answer of(GraphQLEngine.Answer answer, boolean get) {
        byte[] body = AnswerWriter.write(answer.result().toSpecification());
        int status = answer.refused() ? refusedStatus(answer.result().getErrors()) : 200;
        boolean keep = status == 200 && answer.result().getErrors().isEmpty() && answer.operation().isQuery();
        return new ResponseCache.Answer(status, body, keep && get ? etag(body, answer.language()) : null, keep,
                answer.operation(), status == 400, answer.language());
    }

    /** A request refused before it reached the engine: its envelope is wrong, or it is too large. */
    ResponseCache.Answer refused(ApiException error) {
        Map<String, Object> extensions = Map.of("code", error.code().name(), "classification", "InvalidRequest");
        byte[] body = AnswerWriter.write(Map.of("errors", List.of(Map.of("message", error.getMessage(),
                "extensions", extensions))));
        int status = switch (error.code()) {
            case PERSISTED_QUERY_NOT_FOUND -> 200;
            case INVALID_TOKEN -> 401;
            case REQUEST_TOO_LARGE -> 413;
            case QUERY_TOO_LONG -> 414;
            case QUERY_TIMEOUT, DATABASE_UNAVAILABLE -> 503;
            case INTERNAL_ERROR -> 500;
            default -> 400;
        };
        boolean byGraphQL = status == 400 && error.code() != ErrorCode.INVALID_REQUEST;
        return new ResponseCache.Answer(status, body, null, false, ExecutedOperation.INVALID, byGraphQL,
                Language.EN);
    }

    /**
     * Writes an answer. A successful answer to a GET may be kept by browsers and CDNs ({@code Cache-Control: public},
     * an {@code ETag}, and 304 Not Modified when the client has it already); nothing else may be kept.
     */
    void write(RoutingContext routing, ResponseCache.Answer answer, String cacheStatus) {
        var response = routing.response();
        AcceptedType type = AcceptedType.of(routing.request().getHeader(HttpHeaders.ACCEPT));
        response.putHeader(HttpHeaders.CONTENT_TYPE, type.contentType).putHeader(HttpHeaders.VARY, VARY)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, answer.language().tag());
        if (answer.keep() && !"NONE".equals(cacheStatus)) {
            response.putHeader(GraphQLRoute.CACHE_STATUS, cacheStatus);
        }
        if (answer.status() == 405) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
        }
        if (answer.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (answer.etag() == null) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, publicCaching).putHeader(HttpHeaders.ETAG, answer.etag());
            if (matches(routing.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
                response.setStatusCode(304).end();
                return;
            }
        }
        int status = answer.refusedByGraphQL() && type == AcceptedType.JSON ? 200 : answer.status();
        response.setStatusCode(status).end(Buffer.buffer(answer.body()));
    }

    /** Whether an If-None-Match header names this entity tag (weak or strong, or {@code *}). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static int refusedStatus(List<GraphQLError> errors) {
        Object code = errors.get(0).getExtensions().get("code");
        if (ErrorCode.OPERATION_NOT_ALLOWED.name().equals(code)) {
            return 405;
        }
        // Apollo's persisted-query link expects this one as a plain GraphQL error, then sends the query
        return ErrorCode.PERSISTED_QUERY_NOT_FOUND.name().equals(code) ? 200 : 400;
    }

    /** The answer's entity tag: its body in its language (the same body in two languages is two entities). */
    private static String etag(byte[] body, Language language) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(language.tag().getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
