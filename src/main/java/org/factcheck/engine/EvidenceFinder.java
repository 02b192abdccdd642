package org.factcheck.engine;

import java.util.Collection;
import java.util.List;

/** The evidence store, as the engine sees it. */
public interface EvidenceFinder {

    /**
     * Up to {@code limit} records at those places (period overlapping [from, to] when given; null means any period),
     * best metric match to {@code metricText} first. Records with no similarity at all may be omitted.
     */
    List<EvidenceItem> candidates(EvidenceQuery query);

    /** Exactly this metric (exact string), every period, at these places: for peer series (ranks) and changes. */
    List<EvidenceItem> series(String metric, Collection<Long> placeIds);
}
