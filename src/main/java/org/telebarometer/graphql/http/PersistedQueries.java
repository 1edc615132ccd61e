package org.telebarometer.graphql.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.engine.GraphQLRequest;

/**
 * Automatic persisted queries, as Apollo Client's persisted-queries link sends them: a request may carry
 * {@code extensions.persistedQuery = {version: 1, sha256Hash}} instead of its query text. The first time a client
 * sends the hash alone, it gets {@link ErrorCode#PERSISTED_QUERY_NOT_FOUND} and sends the hash with the query, which
 * registers it once the hash is checked; from then on the hash is enough (and a GET of it fits any URL). Queries
 * are kept in memory, bounded in bytes, least recently used out first; a query longer than the remembered length
 * is answered but not kept.
 * Caffeine instantiates the classes of a cache bounded by weight by name: registered for the native image.
 */
@ApplicationScoped
@RegisterForReflection(classNames = { "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.PSMW" })
public class PersistedQueries {

    static final String EXTENSION = "persistedQuery";
    private static final int MAX_ENTRIES = 10_000;

    private final Cache<String, String> queries;
    private final long maxQueryLength;

    @Inject
    PersistedQueries(TelebarometerConfig config) {
        this(config.graphql().persistedQueriesSize().asLongValue(), config.graphql().maxRememberedQuery().asLongValue());
    }

    PersistedQueries(long maxBytes, long maxQueryLength) {
        this.maxQueryLength = maxQueryLength;
        this.queries = Caffeine.newBuilder().maximumWeight(Math.min(maxBytes, MAX_ENTRIES * maxQueryLength))
                .<String, String> weigher((hash, query) -> hash.length() + 2 * query.length())
                .executor(Runnable::run).build();
    }

    /**
     * The request with its query text: the one it carries (registered under its hash when it has one), or the one
     * registered under its hash.
     *
     * @throws ApiException {@link ErrorCode#PERSISTED_QUERY_NOT_FOUND} for an unknown hash,
     *                      {@link ErrorCode#PERSISTED_QUERY_MISMATCH} for a hash that is not the query's,
     *                      {@link ErrorCode#INVALID_REQUEST} for another version or a malformed extension
     */
    GraphQLRequest resolve(GraphQLRequest request) {
        if (!(request.extensions().get(EXTENSION) instanceof Map<?, ?> persisted)) {
            if (request.extensions().containsKey(EXTENSION)) {
                throw RequestParser.invalid("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": ...}.");
            }
            return request;
        }
        if (!(persisted.get("version") instanceof Number version) || version.intValue() != 1) {
            throw RequestParser.invalid("Only version 1 of persisted queries is supported.");
        }
        if (!(persisted.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw RequestParser.invalid("extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, in "
                    + "64 hexadecimal digits.");
        }
        String key = hash.toLowerCase(Locale.ROOT);
        if (request.query() == null) {
            String query = queries.getIfPresent(key);
            if (query == null) {
                throw new ApiException(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
            }
            return request.withQuery(query);
        }
        if (!sha256(request.query()).equals(key)) {
            throw new ApiException(ErrorCode.PERSISTED_QUERY_MISMATCH, "The sha256Hash " + key + " is not the SHA-256 "
                    + "of the query sent with it: hash the query's text exactly as sent, in UTF-8.");
        }
        if (request.query().length() <= maxQueryLength) {
            queries.put(key, request.query());
        }
        return request;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
