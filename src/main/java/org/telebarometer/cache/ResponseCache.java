package org.telebarometer.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.engine.ExecutedOperation;

/**
 * The answers to read-only GraphQL requests, by request: a Caffeine cache bounded in bytes (least recently used out
 * first), each answer kept at most {@code ttl} so that replicas sharing a PostgreSQL see each other's imports within
 * that delay, emptied when data changes in this process. Identical requests that arrive while the answer is being
 * computed wait for that one computation; an answer that is not to be kept (it holds errors, or is too large) is
 * handed to them and then dropped.
 *
 * <p>Caffeine instantiates the class of a cache and of its entries, generated for its features, by name: the native
 * image must know them (strong keys and values, maximum weight, expiry after write; NativeMetadataTest).
 */
@ApplicationScoped
@RegisterForReflection(classNames = { "com.github.benmanes.caffeine.cache.SSMWW",
        "com.github.benmanes.caffeine.cache.PSWMW" })
public class ResponseCache {

    /**
     * One answer: its HTTP status, its body, its entity tag (null when it has none), whether it may be kept, and the
     * operation it answered.
     */
    public record Answer(int status, byte[] body, String etag, boolean keep, ExecutedOperation operation) {
    }

    private final boolean enabled;
    private final long maxEntryBytes;
    private final AsyncCache<String, Answer> answers;

    @Inject
    ResponseCache(TelebarometerConfig config) {
        this(config.cache().enabled(), config.cache().maxSize().asLongValue(),
                config.cache().maxEntrySize().asLongValue(), config.cache().ttl(), Ticker.systemTicker());
    }

    ResponseCache(boolean enabled, long maxBytes, long maxEntryBytes, Duration ttl, Ticker ticker) {
        this.enabled = enabled;
        this.maxEntryBytes = maxEntryBytes;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Answer> weigher((request, answer) -> (int) Math.min(Integer.MAX_VALUE,
                        2L * request.length() + answer.body().length))
                .expireAfterWrite(ttl)
                .ticker(ticker)
                .executor(Runnable::run)
                .buildAsync();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The kept answer to this request, or null. */
    public Answer get(String request) {
        CompletableFuture<Answer> answer = answers.getIfPresent(request);
        return answer != null && answer.isDone() && !answer.isCompletedExceptionally() ? answer.join() : null;
    }

    /**
     * The answer to a request: the one kept or being computed, else the one {@code compute} gives, kept when it may
     * be. An answer computed while data changed is not kept.
     *
     * @param computed told whether this call ran {@code compute} (a miss) or joined an answer (a hit)
     */
    public CompletableFuture<Answer> get(String request, Supplier<CompletableFuture<Answer>> compute,
            Runnable computed) {
        CompletableFuture<Answer> answer = answers.get(request, (key, executor) -> {
            computed.run();
            return compute.get();
        });
        return answer.thenApply(done -> {
            if (!done.keep() || done.body().length > maxEntryBytes) {
                answers.asMap().remove(request, answer);
            }
            return done;
        });
    }

    /** Forgets every answer, and those being computed: they may hold data that changed. */
    public void clear() {
        answers.synchronous().invalidateAll();
    }

    public long size() {
        answers.synchronous().cleanUp();
        return answers.synchronous().estimatedSize();
    }

    void onDataChanged(@Observes DataChanged change) {
        clear();
    }
}
