package org.factcheck.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connection pool's gauges and counters as /q/metrics shows them (Agroal metrics through Micrometer, Prometheus
 * text format), for tests that check that connections come back.
 */
public record PoolMetrics(double active, double awaiting, double leaks, double acquired) {

    /** Reads the default datasource's figures from a /q/metrics answer. */
    public static PoolMetrics parse(String prometheus) {
        return new PoolMetrics(value(prometheus, "agroal_active_count"), value(prometheus, "agroal_awaiting_count"),
                value(prometheus, "agroal_leak_detection_count_total"), value(prometheus, "agroal_acquire_count_total"));
    }

    private static double value(String prometheus, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{datasource=\"default\"[^}]*} ([0-9.E+-]+)$").matcher(prometheus);
        if (!m.find()) {
            throw new IllegalStateException(name + " is not in /q/metrics: is quarkus.datasource.metrics.enabled set?");
        }
        return Double.parseDouble(m.group(1));
    }

    /** The JVM's live threads (jvm_threads_live_threads), to see whether requests pile up. */
    public static double liveThreads(String prometheus) {
        Matcher m = Pattern.compile("(?m)^jvm_threads_live_threads(?:\\{[^}]*})? ([0-9.E+-]+)$").matcher(prometheus);
        if (!m.find()) {
            throw new IllegalStateException("jvm_threads_live_threads is not in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }
}
