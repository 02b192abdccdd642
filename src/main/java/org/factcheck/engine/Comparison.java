package org.factcheck.engine;

import java.math.BigDecimal;

/**
 * The numbers a part's rating rests on.
 *
 * @param actualValue        what the evidence says for the claimed quantity (a level, a change, a ratio or the
 *                           subject's value in a rank)
 * @param claimedValue       the claimed number, when there is one
 * @param difference         actual minus claimed
 * @param relativeDifference difference divided by the claimed value (0.05 = 5 %)
 * @param distance           the rating distance d of RATING_RULES.md (0 inside the TRUE interval)
 * @param rank               the subject's actual position (1 = highest, or lowest for lowest/fewest claims)
 * @param peerCount          how many places of the peer group have data
 * @param peerGroupSize      how many places the peer group has
 * @param otherValue         the other side of a comparison, or the value of the place at the claimed rank
 * @param otherPlace         the place that holds {@link #otherValue}
 * @param basis              how the actual value was obtained ("level", "change from two levels", "stored change",
 *                           "ratio of two levels", "rank over peer series", ...)
 */
public record Comparison(BigDecimal actualValue, BigDecimal claimedValue, BigDecimal difference,
        BigDecimal relativeDifference, Double distance, Integer rank, Integer peerCount, Integer peerGroupSize,
        BigDecimal otherValue, String otherPlace, String basis) {
}
