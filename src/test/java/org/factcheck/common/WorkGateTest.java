package org.factcheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkGateTest {

    @Test
    void runsNoMoreChecksAtOnceThanItsSizeAndTheRestInTurn() throws Exception {
        WorkGate gate = new WorkGate(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                done.add(pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(30);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals(i, done.get(i).get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void answersBusyWhenNoSlotFreesWithinTheTimeout() throws Exception {
        WorkGate gate = new WorkGate(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> gate.run(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            assertThrows(ServiceBusyException.class, () -> gate.run(() -> "never"));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(90));
            release.countDown();
        } finally {
            pool.shutdownNow();
        }
        assertEquals("ran", gate.run(() -> "ran"));
    }

    @Test
    void letsAThreadThatHoldsATurnRunNestedWorkWithoutQueueingAgain() {
        WorkGate gate = new WorkGate(1, Duration.ofMillis(100));
        // a claim submission (gated) running its check (gated too) on the same thread
        assertEquals("checked", gate.run(() -> gate.run(() -> "checked")));
        assertEquals("free again", gate.run(() -> "free again"));
    }

    @Test
    void freesItsSlotWhenACheckFails() {
        WorkGate gate = new WorkGate(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("engine bug");
        }));
        assertEquals("next", gate.run(() -> "next"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
