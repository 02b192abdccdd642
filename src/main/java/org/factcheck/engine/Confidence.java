package org.factcheck.engine;

/**
 * Confidence in a rating, 0..1. For a rated part it is
 * {@code min(0.95, sqrt(match) * (0.6 + 0.4 * min(1, margin / 0.05)) * (notes ? 0.85 : 1))}: it grows with how
 * well the evidence's metric fits the claim's words and measure ({@code match}, 0..1) and with how far the actual
 * figure sits from the nearest rating boundary ({@code margin}, as a share of the claimed value; a figure 5% or more
 * from any boundary counts fully), and drops when the evidence's measure or period differs from the claim's. For
 * NOT_ENOUGH_EVIDENCE it is 0.6 when relevant-looking evidence was found but could not be used (a different measure,
 * too few peers), and 0.7 when nothing relevant was found.
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Rating rating, double match, double margin, boolean notes) {
        if (!rating.onScale()) {
            return notes ? 0.6 : 0.7;
        }
        double m = Math.max(0, Math.min(1, match));
        double fit = Math.sqrt(m);
        double edge = 0.6 + 0.4 * Math.min(1, Math.max(0, margin) / 0.05);
        double c = fit * edge * (notes ? 0.85 : 1.0);
        return Math.round(Math.min(0.95, c) * 1000) / 1000.0;
    }
}
