package org.factcheck.engine;

/**
 * Tolerances and bands of the rating rules (RATING_RULES.md), all configurable. {@link #defaults()} gives the
 * documented defaults.
 *
 * @param mostlyTrueBand        relative distance up to which a miss is MOSTLY_TRUE (0.10)
 * @param mostlyFalseBand       relative distance up to which a miss is MOSTLY_FALSE (0.25); beyond it FALSE
 * @param aboutWidth            relative half-width of the ABOUT interval (0.10)
 * @param almostWidth           relative width below the value of the ALMOST interval (0.10)
 * @param roundingShare         the cap on the claim's rounding, as a share of the value (0.05)
 * @param wordFractionPrecision the rounding of fractions and multiples in words ("a third", "doubled") (0.02)
 * @param rankNearMiss          a rank this close to the claimed one is MOSTLY_FALSE rather than FALSE (3)
 * @param peerCoverage          share of the peer group that must have data for a rank (0.80)
 * @param candidateLimit        how many metrics (one record each) to ask the finder for, per place of a part (40)
 * @param minMetricScore        the least metric-fit score (0..1) for evidence to count as relevant (0.34)
 * @param maxPeriodGapDays      how far a stored period may sit from a claimed start or end date of a change
 *                              before the change is not computed (550)
 */
public record EngineSettings(double mostlyTrueBand, double mostlyFalseBand, double aboutWidth, double almostWidth,
        double roundingShare, double wordFractionPrecision, int rankNearMiss, double peerCoverage,
        int candidateLimit, double minMetricScore, int maxPeriodGapDays) {

    public static EngineSettings defaults() {
        return new EngineSettings(0.10, 0.25, 0.10, 0.10, 0.05, 0.02, 3, 0.80, 40, 0.34, 550);
    }
}
