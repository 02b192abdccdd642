package org.factcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one part of a claim asserts, as the parser read it. Every field may be null when the claim does not say.
 *
 * @param value       the number claimed ("almost 15 per cent" gives 15; "doubled" gives 2)
 * @param unit        count, percent, percentage_points, GBP, multiple (a ratio such as "twice") or years
 * @param per         the rate denominator when the claim is a rate: "head" or "1000"; null for a total
 * @param qualifier   how the number is hedged
 * @param precision   the claim's own rounding r (RATING_RULES.md)
 * @param valueText   the number as written
 * @param period      the period as written ("since 2010", "2017/18"), or how it was chosen when not written
 * @param periodStart the period's first day as understood
 * @param periodEnd   the period's last day as understood
 * @param place       the subject place's canonical name
 * @param metric      the measure as phrased in the claim ("Jewish residents", "police staff")
 * @param direction   up or down for a change; highest or lowest for a rank; more or less for a comparison
 * @param rank        the claimed position for a rank (1 for "highest", 2 for "second largest")
 * @param peerGroup   the peer group of a rank ("London boroughs", "English local authorities")
 * @param otherPlace  the other side of a comparison between places
 * @param otherPeriod the other side of a comparison between periods ("2010")
 */
public record ClaimedQuantity(BigDecimal value, String unit, String per, Qualifier qualifier, BigDecimal precision,
        String valueText, String period, LocalDate periodStart, LocalDate periodEnd, String place, String metric,
        String direction, Integer rank, String peerGroup, String otherPlace, String otherPeriod) {
}
