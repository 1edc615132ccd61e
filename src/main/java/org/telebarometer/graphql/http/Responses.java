package org.telebarometer.graphql.http;

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

import graphql.GraphQLError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP form of GraphQL answers: the JSON body, the status (200 when the request ran, 4xx when it was refused
 * before it ran, as {@code application/graphql-response+json} says), and the headers.
 */
final class Responses {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private final String publicCaching;

    /** @param maxAge how long browsers and CDNs may keep a successful answer to a GET */
    Responses(Duration maxAge) {
        this.publicCaching = "public, max-age=" + maxAge.toSeconds();
    }

    ResponseCache.Answer of(GraphQLEngine.Answer answer, boolean get) {
        byte[] body = AnswerWriter.write(answer.result().toSpecification());
        int status = answer.refused() ? refusedStatus(answer.result().getErrors()) : 200;
        boolean keep = status == 200 && answer.result().getErrors().isEmpty() && answer.operation().isQuery();
        return new ResponseCache.Answer(status, body, keep && get ? etag(body) : null, keep, answer.operation());
    }

    /** A request refused before it reached the engine: its envelope is wrong, or it is too large. */
    ResponseCache.Answer refused(ApiException error) {
        Map<String, Object> extensions = Map.of("code", error.code().name(), "classification", "InvalidRequest");
        byte[] body = AnswerWriter.write(Map.of("errors", List.of(Map.of("message", error.getMessage(),
                "extensions", extensions))));
        int status = switch (error.code()) {
            case PERSISTED_QUERY_NOT_FOUND -> 200;
            case REQUEST_TOO_LARGE -> 413;
            case QUERY_TOO_LONG -> 414;
            case QUERY_TIMEOUT, DATABASE_UNAVAILABLE -> 503;
            case INTERNAL_ERROR -> 500;
            default -> 400;
        };
        return new ResponseCache.Answer(status, body, null, false, ExecutedOperation.INVALID);
    }

    /**
     * Writes an answer. A successful answer to a GET may be kept by browsers and CDNs ({@code Cache-Control: public},
     * an {@code ETag}, and 304 Not Modified when the client has it already); nothing else may be kept.
     */
    void write(RoutingContext routing, ResponseCache.Answer answer, String cacheStatus) {
        var response = routing.response();
        response.putHeader(HttpHeaders.CONTENT_TYPE, contentType(routing.request().getHeader(HttpHeaders.ACCEPT)));
        if (answer.keep() && !"NONE".equals(cacheStatus)) {
            response.putHeader(GraphQLRoute.CACHE_STATUS, cacheStatus);
        }
        if (answer.status() == 405) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
        }
        if (answer.etag() == null) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, publicCaching).putHeader(HttpHeaders.ETAG, answer.etag())
                    .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            if (matches(routing.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
                response.setStatusCode(304).end();
                return;
            }
        }
        response.setStatusCode(answer.status()).end(Buffer.buffer(answer.body()));
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

    private static String contentType(String accept) {
        return accept != null && accept.contains("application/json") && !accept.contains("graphql-response")
                ? JSON : GRAPHQL_RESPONSE;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
