package org.factcheck.engine;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A bounded search for candidate evidence.
 *
 * @param placeIds   only records at these places
 * @param metricText free text describing the measure; candidates are ordered by similarity to it
 * @param from       period overlap lower bound, null for any
 * @param to         period overlap upper bound, null for any
 * @param limit      at most this many records
 */
public record EvidenceQuery(Collection<Long> placeIds, String metricText, LocalDate from, LocalDate to, int limit) {
}
