package org.factcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One evidence record as cited by a part, with the role it played. */
public record EvidenceCitation(long evidenceId, String metric, String place, BigDecimal value, String unit,
        LocalDate periodStart, LocalDate periodEnd, String periodLabel, String sourceTitle, String sourceUrl,
        EvidenceRole role) {

    static EvidenceCitation of(EvidenceItem item, EvidenceRole role) {
        return new EvidenceCitation(item.id(), item.metric(), item.place(), item.value(), item.unit(),
                item.periodStart(), item.periodEnd(), item.periodLabel(), item.sourceTitle(), item.sourceUrl(), role);
    }
}
