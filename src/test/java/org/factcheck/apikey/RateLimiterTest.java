package org.factcheck.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.factcheck.apikey.service.RateLimiter;
import org.factcheck.apikey.service.RateLimiter.Decision;
import org.factcheck.apikey.service.RateLimiter.Limit;
import org.junit.jupiter.api.Test;

/** The token bucket's arithmetic, on a clock the test moves by hand. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Limit TWO_A_SECOND_BURST_FOUR = new Limit(2, 4);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final RateLimiter limiter = new RateLimiter(100, now::get);

    @Test
    void allowsABurstThenRefusesWithTheSecondsUntilTheNextToken() {
        for (int left = 3; left >= 0; left--) {
            Decision d = limiter.acquire("k", TWO_A_SECOND_BURST_FOUR);
            assertTrue(d.allowed());
            assertEquals(left, d.remaining());
        }
        Decision refused = limiter.acquire("k", TWO_A_SECOND_BURST_FOUR);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "half a second to the next token, rounded up");
        assertEquals(2, refused.resetSeconds(), "4 tokens at 2 a second");
    }

    @Test
    void refillsAtTheRateAndNeverAboveTheBurst() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("k", TWO_A_SECOND_BURST_FOUR);
        }
        now.addAndGet(SECOND / 2);
        assertTrue(limiter.acquire("k", TWO_A_SECOND_BURST_FOUR).allowed(), "one token after half a second");
        assertFalse(limiter.acquire("k", TWO_A_SECOND_BURST_FOUR).allowed());
        now.addAndGet(3600 * SECOND);
        Decision rested = limiter.acquire("k", TWO_A_SECOND_BURST_FOUR);
        assertEquals(3, rested.remaining(), "a rested bucket holds the burst, no more");
        assertEquals(1, rested.resetSeconds());
    }

    @Test
    void aSlowRateGivesALongRetryAfter() {
        Limit oneAMinute = new Limit(1.0 / 60, 1);
        assertTrue(limiter.acquire("k", oneAMinute).allowed());
        now.addAndGet(15 * SECOND);
        Decision refused = limiter.acquire("k", oneAMinute);
        assertFalse(refused.allowed());
        assertEquals(45, refused.retryAfterSeconds());
        assertEquals(60, oneAMinute.windowSeconds());
    }

    @Test
    void keysHaveBucketsOfTheirOwn() {
        Limit one = new Limit(1, 1);
        assertTrue(limiter.acquire("a", one).allowed());
        assertFalse(limiter.acquire("a", one).allowed());
        assertTrue(limiter.acquire("b", one).allowed());
    }

    @Test
    void staysWithinMaxKeysByDroppingFullBucketsFirstThenTheIdlest() {
        RateLimiter small = new RateLimiter(3, now::get);
        Limit one = new Limit(1, 2);
        small.acquire("busy-1", one);
        now.addAndGet(SECOND / 10);
        small.acquire("busy-2", one);
        small.acquire("busy-2", one);
        small.acquire("busy-3", one);
        small.acquire("new", one);
        assertEquals(3, small.trackedKeys(), "busy-1, the idlest, made room");
        assertFalse(small.acquire("busy-2", one).allowed(), "the busy buckets keep their state");
        now.addAndGet(10 * SECOND);
        for (int i = 0; i < 50; i++) {
            small.acquire("burst-" + i, one);
        }
        assertEquals(3, small.trackedKeys());
    }

    @Test
    void countsEveryTokenOnceUnderConcurrentRequests() throws Exception {
        Limit hundred = new Limit(0.001, 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(() -> limiter.acquire("shared", hundred).allowed());
            }
            long allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertEquals(100, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesALimitThatCouldNeverAllowARequest() {
        assertThrows(IllegalArgumentException.class, () -> new Limit(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Limit(1, 0));
    }
}
