package org.factcheck.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Asks /q/health/ready every 200 ms, as an orchestrator's readiness probe would, and keeps every answer's time. */
final class HealthProbe {

    private record Sample(long endNanos, int status) {
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    private HealthProbe(ServiceProcess app) {
        thread = new Thread(() -> {
            while (!stop.get()) {
                int status = app.readiness();
                samples.add(new Sample(System.nanoTime(), status));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-probe");
    }

    static HealthProbe start(ServiceProcess app) {
        HealthProbe probe = new HealthProbe(app);
        probe.thread.setDaemon(true);
        probe.thread.start();
        return probe;
    }

    /** Waits until an answer with this status arrives after {@code sinceNanos}; fails when the time runs out. */
    void awaitStatus(int status, long sinceNanos, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (samples.stream().anyMatch(s -> s.status() == status && s.endNanos() > sinceNanos)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("/q/health/ready did not answer " + status + " within " + limit);
    }

    /** How long after {@code sinceNanos} the first answer with this status arrived. */
    Duration firstAfter(int status, long sinceNanos) {
        return samples.stream().filter(s -> s.status() == status && s.endNanos() > sinceNanos).findFirst()
                .map(s -> Duration.ofNanos(s.endNanos() - sinceNanos))
                .orElseThrow(() -> new AssertionError("/q/health/ready never answered " + status));
    }

    void stop() throws InterruptedException {
        stop.set(true);
        thread.join(10_000);
    }
}
