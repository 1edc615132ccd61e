package org.telebarometer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final ResponseCache cache = new ResponseCache(true, 1000, 450, Duration.ofSeconds(30), now::get);

    @Test
    void givesBackWhatItKept() {
        cache.put("q1", bytes("answer one"), cache.generation());

        assertThat(cache.get("q1")).isEqualTo(bytes("answer one"));
        assertThat(cache.get("q2")).isNull();
    }

    @Test
    void forgetsEverythingWhenDataChanges() {
        cache.put("q1", bytes("answer"), cache.generation());

        cache.onDataChanged(new DataChanged("some-publication"));

        assertThat(cache.get("q1")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void refusesAnAnswerComputedBeforeTheDataChanged() {
        long computedIn = cache.generation();

        cache.onDataChanged(new DataChanged("some-publication"));
        cache.put("q1", bytes("stale answer"), computedIn);

        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void forgetsAnAnswerOlderThanItsTimeToLive() {
        cache.put("q1", bytes("answer"), cache.generation());

        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("q1")).isNotNull();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("q1")).isNull();
    }

    @Test
    void staysWithinItsSizeByDroppingTheLeastRecentlyUsed() {
        cache.put("a", new byte[400], cache.generation());
        cache.put("b", new byte[400], cache.generation());
        cache.get("a");
        cache.put("c", new byte[400], cache.generation());

        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
    }

    @Test
    void doesNotKeepAnAnswerLargerThanAnEntryMayBe() {
        cache.put("big", new byte[500], cache.generation());

        assertThat(cache.get("big")).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
