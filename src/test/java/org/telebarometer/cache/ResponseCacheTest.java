package org.telebarometer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.engine.ExecutedOperation;

class ResponseCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final ResponseCache cache = new ResponseCache(true, 1000, 450, Duration.ofSeconds(30), now::get);

    @Test
    void givesBackWhatItKept() {
        compute("q1", answer("answer one", true));

        assertThat(cache.get("q1").body()).isEqualTo(bytes("answer one"));
        assertThat(cache.get("q2")).isNull();
    }

    @Test
    void forgetsEverythingWhenDataChanges() {
        compute("q1", answer("answer", true));

        cache.onDataChanged(new DataChanged("some-publication"));

        assertThat(cache.get("q1")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void doesNotKeepAnAnswerComputedWhileTheDataChanged() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();
        CompletableFuture<ResponseCache.Answer> answer = cache.get("q1", () -> pending, () -> { });

        cache.onDataChanged(new DataChanged("some-publication"));
        pending.complete(answer("stale answer", true));

        assertThat(answer.join().body()).isEqualTo(bytes("stale answer"));
        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void computesIdenticalConcurrentRequestsOnce() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();
        AtomicInteger computations = new AtomicInteger();

        CompletableFuture<ResponseCache.Answer> first = cache.get("q1", () -> pending, computations::incrementAndGet);
        CompletableFuture<ResponseCache.Answer> second = cache.get("q1", () -> pending, computations::incrementAndGet);
        pending.complete(answer("answer", true));

        assertThat(computations).hasValue(1);
        assertThat(second.join()).isSameAs(first.join());
    }

    @Test
    void handsAnAnswerNotToKeepToThoseWaitingThenDropsIt() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();

        CompletableFuture<ResponseCache.Answer> first = cache.get("q1", () -> pending, () -> { });
        CompletableFuture<ResponseCache.Answer> second = cache.get("q1", () -> pending, () -> { });
        pending.complete(answer("an error", false));

        assertThat(second.join().body()).isEqualTo(first.join().body());
        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void forgetsAnAnswerOlderThanItsTimeToLive() {
        compute("q1", answer("answer", true));

        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("q1")).isNotNull();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void staysWithinItsSizeInBytes() {
        compute("a", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID));
        compute("b", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID));
        compute("c", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID));

        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void doesNotKeepAnAnswerLargerThanAnEntryMayBe() {
        compute("big", new ResponseCache.Answer(200, new byte[500], null, true, ExecutedOperation.INVALID));

        assertThat(cache.get("big")).isNull();
    }

    private void compute(String request, ResponseCache.Answer answer) {
        cache.get(request, () -> CompletableFuture.completedFuture(answer), () -> { }).join();
    }

    private static ResponseCache.Answer answer(String body, boolean keep) {
        return new ResponseCache.Answer(200, bytes(body), null, keep, ExecutedOperation.INVALID);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
