package org.factcheck.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The evidence store, as the engine sees it: read-only queries, so a check costs few round trips. */
public interface EvidenceFinder {

    /**
     * One record per (place, metric) stored at the query's places: for each metric the record whose period fits
     * [from, to] best (the largest share of the record's own period inside it, then the most days inside, then the
     * latest, then the lowest id), or the latest (then the lowest id) when {@code from} is null; {@code to} null
     * means open-ended. The rows are ordered by similarity of the metric to {@code metricText}, best first (ties:
     * latest period end, then id), at most {@code limit}. Rows with no similarity at all may be omitted.
     */
    List<EvidenceItem> metrics(EvidenceQuery query);

    /** Exactly this metric (exact string), every period, at these places: for peer series (ranks) and changes. */
    List<EvidenceItem> series(String metric, Collection<Long> placeIds);

    /**
     * The records of exactly this metric for exactly this period (start and end) at these places, in the order of
     * {@link #series} (by place, then id): a rank's peers. Stores should narrow the query; this default filters the
     * whole series.
     */
    default List<EvidenceItem> level(String metric, Collection<Long> placeIds, LocalDate periodStart,
            LocalDate periodEnd) {
        return series(metric, placeIds).stream()
                .filter(e -> e.periodStart().equals(periodStart) && e.periodEnd().equals(periodEnd)).toList();
    }
}
