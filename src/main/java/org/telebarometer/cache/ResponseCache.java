package org.telebarometer.cache;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers to read-only GraphQL requests, by request, least recently used first out: bounded in total bytes,
 * emptied when data changes in this process, and each kept at most {@code ttl} so that replicas sharing a
 * PostgreSQL see the others' imports within that delay.
 */
@ApplicationScoped
public class ResponseCache {

    private final boolean enabled;
    private final long maxBytes;
    private final long maxEntryBytes;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    @Inject
    ResponseCache(@ConfigProperty(name = "telebarometer.cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "telebarometer.cache.max-size", defaultValue = "64M") MemorySize maxSize,
            @ConfigProperty(name = "telebarometer.cache.max-entry-size", defaultValue = "2M") MemorySize maxEntrySize,
            @ConfigProperty(name = "telebarometer.cache.ttl", defaultValue = "30s") Duration ttl) {
        this(enabled, maxSize.asLongValue(), maxEntrySize.asLongValue(), ttl, System::nanoTime);
    }

    ResponseCache(boolean enabled, long maxBytes, long maxEntryBytes, Duration ttl, LongSupplier clock) {
        this.enabled = enabled;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Changes whenever the cache is emptied: an answer computed across a change must not be stored. */
    public long generation() {
        return generation.get();
    }

    public synchronized byte[] get(String request) {
        Entry entry = entries.get(request);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() - entry.storedAt > ttlNanos) {
            remove(request);
            return null;
        }
        return entry.body;
    }

    /** Keeps an answer, unless the data changed since {@code computedInGeneration} or it is too large. */
    public synchronized void put(String request, byte[] body, long computedInGeneration) {
        long size = body.length + 2L * request.length();
        if (computedInGeneration != generation.get() || size > maxEntryBytes) {
            return;
        }
        remove(request);
        entries.put(request, new Entry(body, size, clock.getAsLong()));
        bytes += size;
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().size;
            oldest.remove();
        }
    }

    public synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    void onDataChanged(@Observes DataChanged change) {
        clear();
    }

    private void remove(String request) {
        Entry removed = entries.remove(request);
        if (removed != null) {
            bytes -= removed.size;
        }
    }

    private record Entry(byte[] body, long size, long storedAt) {
    }
}
