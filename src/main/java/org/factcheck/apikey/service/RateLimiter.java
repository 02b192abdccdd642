package org.factcheck.apikey.service;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per API key: a bucket holds up to {@code burst} requests and refills at {@code ratePerSecond};
 * a request takes one token or is refused. Plain Java with a clock of its own (nanoseconds), so that the arithmetic is
 * tested without waiting. Thread-safe: the map is concurrent and each bucket changes under its own lock, held for a
 * few arithmetic operations (never for I/O), so it may run on the event loop. Memory is bounded: past {@code maxKeys}
 * buckets, full ones are dropped first (a full bucket is the same as a new one), then the longest unused.
 */
public final class RateLimiter {

    private static final double NANOS = 1_000_000_000d;

    /** A bucket's size and refill rate. */
    public record Limit(double ratePerSecond, long burst) {
        public Limit {
            if (!(ratePerSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs a rate above 0 and a burst of 1 or more");
            }
        }

        /** Seconds a client needs to refill an empty bucket: the window of the RateLimit-Policy header. */
        public long windowSeconds() {
            return Math.max(1, (long) Math.ceil(burst / ratePerSecond));
        }
    }

    /**
     * The answer for one request: whether it may go on, what is left, when the bucket is full again and, if refused,
     * when the next token comes (all in whole seconds, rounded up).
     */
    public record Decision(boolean allowed, Limit limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int maxKeys, LongSupplier nanoClock) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be 1 or more");
        }
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /** Takes a token from the bucket of {@code key}, made with {@code limit} if the key has none yet. */
    public Decision acquire(String key, Limit limit) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null || !bucket.limit.equals(limit)) {
            if (bucket == null && buckets.size() >= maxKeys) {
                evict(now);
            }
            Bucket fresh = new Bucket(limit, now);
            bucket = bucket == null ? buckets.computeIfAbsent(key, k -> fresh) : replace(key, bucket, fresh);
        }
        return bucket.take(now);
    }

    /** How many keys have a bucket now (at most maxKeys, give or take the requests racing to add one). */
    public int trackedKeys() {
        return buckets.size();
    }

    private Bucket replace(String key, Bucket old, Bucket fresh) {
        // the configured limit of this key changed (a restart with other settings keeps no state, so only tests see
        // this): start again from a full bucket of the new size
        return buckets.replace(key, old, fresh) ? fresh : buckets.getOrDefault(key, fresh);
    }

    private void evict(long now) {
        Map.Entry<String, Bucket> idlest = null;
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Bucket> entry = it.next();
            if (entry.getValue().isFull(now)) {
                it.remove();
            } else if (idlest == null || entry.getValue().lastUsed() < idlest.getValue().lastUsed()) {
                idlest = entry;
            }
        }
        if (buckets.size() >= maxKeys && idlest != null) {
            buckets.remove(idlest.getKey(), idlest.getValue());
        }
    }

    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long updated;
        private long lastUsed;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
            this.lastUsed = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            lastUsed = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long remaining = (long) Math.floor(tokens);
            long reset = seconds((limit.burst() - tokens) / limit.ratePerSecond());
            long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - tokens) / limit.ratePerSecond()));
            return new Decision(allowed, limit, remaining, reset, retryAfter);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        synchronized long lastUsed() {
            return lastUsed;
        }

        private void refill(long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(limit.burst(), tokens + elapsed / NANOS * limit.ratePerSecond());
                updated = now;
            }
        }

        private static long seconds(double s) {
            return (long) Math.ceil(s - 1e-9);
        }
    }
}
