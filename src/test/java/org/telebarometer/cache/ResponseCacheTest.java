package org.telebarometer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.telebarometer.graphql.engine.ExecutedOperation;
import org.telebarometer.language.Language;

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
        CompletableFuture<ResponseCache.Answer> answer = cache.get("q1", () -> computation(pending)).answer();

        cache.onDataChanged(new DataChanged("some-publication"));
        pending.complete(answer("stale answer", true));

        assertThat(answer.join().body()).isEqualTo(bytes("stale answer"));
        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void computesIdenticalConcurrentRequestsOnce() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();
        AtomicInteger computations = new AtomicInteger();

        ResponseCache.Waiter first = cache.get("q1", () -> {
            computations.incrementAndGet();
            return computation(pending);
        });
        ResponseCache.Waiter second = cache.get("q1", () -> {
            computations.incrementAndGet();
            return computation(pending);
        });
        pending.complete(answer("answer", true));

        assertThat(computations).hasValue(1);
        assertThat(first.computed()).isTrue();
        assertThat(second.computed()).isFalse();
        assertThat(second.answer().join()).isSameAs(first.answer().join());
    }

    @Test
    void handsAnAnswerNotToKeepToThoseWaitingThenDropsIt() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();

        CompletableFuture<ResponseCache.Answer> first = cache.get("q1", () -> computation(pending)).answer();
        CompletableFuture<ResponseCache.Answer> second = cache.get("q1", () -> computation(pending)).answer();
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
        compute("a", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID, false, Language.EN));
        compute("b", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID, false, Language.EN));
        compute("c", new ResponseCache.Answer(200, new byte[400], null, true, ExecutedOperation.INVALID, false, Language.EN));

        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void doesNotKeepAnAnswerLargerThanAnEntryMayBe() {
        compute("big", new ResponseCache.Answer(200, new byte[500], null, true, ExecutedOperation.INVALID, false, Language.EN));

        assertThat(cache.get("big")).isNull();
    }

    @Test
    void aSharedComputationGoesOnWhileOneOfItsClientsIsStillWaiting() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();
        AtomicInteger cancelled = new AtomicInteger();

        ResponseCache.Waiter leaving = cache.get("q1", () -> computation(pending, cancelled));
        ResponseCache.Waiter staying = cache.get("q1", () -> computation(pending, cancelled));
        leaving.leave().run();
        pending.complete(answer("answer", true));

        assertThat(cancelled).hasValue(0);
        assertThat(staying.answer().join().body()).isEqualTo(bytes("answer"));
    }

    @Test
    void aSharedComputationStopsWhenEveryClientHasLeftAndTheNextClientStartsAnother() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();
        AtomicInteger cancelled = new AtomicInteger();

        ResponseCache.Waiter one = cache.get("q1", () -> computation(pending, cancelled));
        ResponseCache.Waiter two = cache.get("q1", () -> computation(pending, cancelled));
        one.leave().run();
        two.leave().run();
        ResponseCache.Waiter next = cache.get("q1", () -> computation(CompletableFuture.completedFuture(
                answer("fresh", true)), cancelled));

        assertThat(cancelled).hasValue(1);
        assertThat(next.computed()).isTrue();
        assertThat(next.answer().join().body()).isEqualTo(bytes("fresh"));
    }

    @Test
    void aComputationThatFailsFailsForEveryClient() {
        CompletableFuture<ResponseCache.Answer> pending = new CompletableFuture<>();

        ResponseCache.Waiter one = cache.get("q1", () -> computation(pending));
        ResponseCache.Waiter two = cache.get("q1", () -> computation(pending));
        pending.completeExceptionally(new IllegalStateException("broken"));

        assertThat(one.answer()).isCompletedExceptionally();
        assertThat(two.answer()).isCompletedExceptionally();
        assertThat(cache.get("q1")).isNull();
    }

    private void compute(String request, ResponseCache.Answer answer) {
        cache.get(request, () -> computation(CompletableFuture.completedFuture(answer))).answer().join();
    }

    private static ResponseCache.Computation computation(CompletableFuture<ResponseCache.Answer> answer) {
        return new ResponseCache.Computation(answer, () -> { });
    }

    private static ResponseCache.Computation computation(CompletableFuture<ResponseCache.Answer> answer,
            AtomicInteger cancelled) {
        return new ResponseCache.Computation(answer, cancelled::incrementAndGet);
    }

    private static ResponseCache.Answer answer(String body, boolean keep) {
        return new ResponseCache.Answer(200, bytes(body), null, keep, ExecutedOperation.INVALID, false, Language.EN);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
