package org.factcheck.engine;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A bounded search for the metrics stored at some places (see {@link EvidenceFinder#metrics}).
 *
 * @param placeIds   only records at these places
 * @param metricText free text describing the measure; candidates are ordered by similarity to it
 * @param from       the claimed period's first day, null for none (then each metric's latest record)
 * @param to         the claimed period's last day, null for open-ended
 * @param limit      at most this many records (one per place and metric)
 */
public record EvidenceQuery(Collection<Long> placeIds, String metricText, LocalDate from, LocalDate to, int limit) {
}
