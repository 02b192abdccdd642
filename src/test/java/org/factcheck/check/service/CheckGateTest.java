package org.factcheck.check.service;

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
import org.factcheck.common.ServiceBusyException;
import org.junit.jupiter.api.Test;

class CheckGateTest {

    @Test
    void runsNoMoreChecksAtOnceThanItsSizeAndTheRestInTurn() throws Exception {
        CheckGate gate = new CheckGate(2, Duration.ofSeconds(10));
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
        CheckGate gate = new CheckGate(1, Duration.ofMillis(100));
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
    void freesItsSlotWhenACheckFails() {
        CheckGate gate = new CheckGate(1, Duration.ofMillis(100));
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
