package org.telebarometer.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
import org.telebarometer.language.Language;

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
     * One answer: its HTTP status (under {@code application/graphql-response+json}), its body, its entity tag (null
     * when it has none), whether it may be kept, the operation it answered, and whether it is a well-formed request
     * that GraphQL refused before it ran (answered with 200 under {@code application/json}).
     */
    public record Answer(int status, byte[] body, String etag, boolean keep, ExecutedOperation operation,
            boolean refusedByGraphQL, Language language) {
    }

    private final boolean enabled;
    private final long maxEntryBytes;
    private final AsyncCache<String, Answer> answers;
    /** The computations under way, by their answer (identity): who waits for each. */
    private final Map<CompletableFuture<Answer>, Shared> sharing = new ConcurrentHashMap<>();

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

    /** A computation of an answer, and how to stop it. */
    public record Computation(CompletableFuture<Answer> answer, Runnable cancel) {
    }

    /**
     * One client's wait for an answer: the answer, whether this client's call started its computation (a miss) or
     * joined one (a hit), and what to call if the client goes away before it.
     */
    public record Waiter(CompletableFuture<Answer> answer, boolean computed, Runnable leave) {
    }

    /**
     * The answer to a request: the one kept or being computed, else the one {@code compute} starts, kept when it may
     * be. An answer computed while data changed is not kept. A computation shared by several clients stops only when
     * every one of them has left; a client arriving after that starts a new one.
     */
    public Waiter get(String request, Supplier<Computation> compute) {
        for (;;) {
            boolean[] computed = { false };
            CompletableFuture<Answer> answer = answers.get(request, (key, executor) -> {
                computed[0] = true;
                Computation computation = compute.get();
                Shared shared = new Shared(computation.cancel());
                sharing.put(computation.answer(), shared);
                computation.answer().whenComplete((done, failure) -> sharing.remove(computation.answer()));
                return computation.answer();
            });
            Shared shared = sharing.get(answer);
            if (shared != null && !shared.join()) {
                answers.asMap().remove(request, answer);
                continue;
            }
            CompletableFuture<Answer> kept = answer.thenApply(done -> {
                if (!done.keep() || done.body().length > maxEntryBytes) {
                    answers.asMap().remove(request, answer);
                }
                return done;
            });
            Runnable leave = shared == null ? () -> { } : () -> {
                if (shared.leave()) {
                    answers.asMap().remove(request, answer);
                }
            };
            return new Waiter(kept, computed[0], leave);
        }
    }

    /** The clients waiting for one computation; the last one to leave before the answer stops it. */
    private static final class Shared {

        private final Runnable cancel;
        private int waiters;
        private boolean cancelled;

        Shared(Runnable cancel) {
            this.cancel = cancel;
        }

        /** @return false when the computation was stopped already */
        synchronized boolean join() {
            if (cancelled) {
                return false;
            }
            waiters++;
            return true;
        }

        /** @return true when this was the last waiter and the computation was stopped */
        synchronized boolean leave() {
            if (--waiters == 0 && !cancelled) {
                cancelled = true;
                cancel.run();
                return true;
            }
            return false;
        }
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
