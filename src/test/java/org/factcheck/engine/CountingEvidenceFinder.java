package org.factcheck.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a finder and counts the round trips the engine makes through the port. */
final class CountingEvidenceFinder implements EvidenceFinder {

    private final EvidenceFinder inner;
    final AtomicInteger candidates = new AtomicInteger();
    final AtomicInteger series = new AtomicInteger();

    CountingEvidenceFinder(EvidenceFinder inner) {
        this.inner = inner;
    }

    @Override
    public List<EvidenceItem> metrics(EvidenceQuery query) {
        candidates.incrementAndGet();
        return inner.metrics(query);
    }

    @Override
    public List<EvidenceItem> series(String metric, Collection<Long> placeIds) {
        series.incrementAndGet();
        return inner.series(metric, placeIds);
    }

    @Override
    public List<EvidenceItem> level(String metric, Collection<Long> placeIds, LocalDate periodStart,
            LocalDate periodEnd) {
        series.incrementAndGet();
        return inner.level(metric, placeIds, periodStart, periodEnd);
    }

    int total() {
        return candidates.get() + series.get();
    }

    void reset() {
        candidates.set(0);
        series.set(0);
    }
}
