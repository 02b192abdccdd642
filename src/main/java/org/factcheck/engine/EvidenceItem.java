package org.factcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored statistic: a metric at a place over a period, with its source. A fall stored as a "reduction"
 * metric carries the size of the fall as a positive number.
 */
public record EvidenceItem(long id, String metric, long placeId, String place, LocalDate periodStart,
        LocalDate periodEnd, String periodLabel, BigDecimal value, String unit, String sourceTitle,
        String sourcePublisher, String sourceUrl, String quote, String notes) {
}
