package org.factcheck.check.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.factcheck.common.FactcheckConfig;
import org.factcheck.common.ServiceBusyException;

/**
 * Lets a bounded number of checks run at once, the others waiting first come first served. A check is CPU work in
 * the JVM and in PostgreSQL; when more checks than processors share the machine, every one of them is slowed by all
 * the others and the costly ones (ranks, compounds) end up far behind. Queued in order instead, each waits for the
 * ones ahead and then runs at full speed.
 */
@ApplicationScoped
public class CheckGate {

    private final Semaphore permits;
    private final long timeoutNanos;
    private final int size;

    @Inject
    CheckGate(FactcheckConfig config) {
        this(config.engine().maxConcurrentChecks() > 0 ? config.engine().maxConcurrentChecks()
                : 2 * Runtime.getRuntime().availableProcessors(), config.engine().checkQueueTimeout());
    }

    CheckGate(int size, Duration timeout) {
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** Runs the check when its turn comes; a 503 (Retry-After) when it has not come within the queue timeout. */
    public <T> T run(Supplier<T> check) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("the check was interrupted while waiting for its turn");
        }
        if (!admitted) {
            throw new ServiceBusyException("all " + size + " check slots stayed busy for "
                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }
}
