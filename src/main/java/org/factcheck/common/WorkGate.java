package org.factcheck.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a bounded number of requests do their heavy work at once (checks, searches, listings, matching, claim and
 * verdict writes: see {@link TakesTurn}), the others waiting first come first served. That work is CPU in the JVM and
 * in PostgreSQL; when more of it runs than there are processors, every piece is slowed by all the others and the
 * costly ones (a rank with its peers, a broad search) end up far behind. Queued in order instead, each waits for the
 * ones ahead and then runs at full speed, with less switching between threads. A thread already holding a turn
 * (a claim submission running its check) does not queue again.
 */
@ApplicationScoped
public class WorkGate {

    private final Semaphore permits;
    private final long timeoutNanos;
    private final int size;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    @Inject
    WorkGate(FactcheckConfig config) {
        this(config.work().maxConcurrent() > 0 ? config.work().maxConcurrent()
                : 2 * Runtime.getRuntime().availableProcessors(), config.work().queueTimeout());
    }

    WorkGate(int size, Duration timeout) {
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** How many run at once. */
    int size() {
        return size;
    }

    /** Runs the work when its turn comes; a 503 (Retry-After) when it has not come within the queue timeout. */
    public <T> T run(Supplier<T> work) {
        int[] depth = held.get();
        if (depth[0] > 0) {
            return work.get();
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("the request was interrupted while waiting for its turn");
        }
        if (!admitted) {
            throw new ServiceBusyException("all " + size + " work slots stayed busy for "
                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
        }
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
            permits.release();
        }
    }
}
