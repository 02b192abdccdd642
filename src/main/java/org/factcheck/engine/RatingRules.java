package org.factcheck.engine;

import java.util.List;

/**
 * The rating rules of RATING_RULES.md, as pure functions. Bands and widths come from {@link EngineSettings}.
 */
public final class RatingRules {

    /** A rating with the distance d it came from and how far the actual figure sits from the nearest boundary. */
    public record Outcome(Rating rating, double distance, double margin) {
    }

    /** The TRUE interval of a qualifier: [lo, hi] with open ends as infinities and strictness flags. */
    public record Interval(double lo, double hi, boolean loOpen, boolean hiOpen) {

        boolean contains(double x) {
            boolean aboveLo = loOpen ? x > lo : x >= lo;
            boolean belowHi = hiOpen ? x < hi : x <= hi;
            return aboveLo && belowHi;
        }
    }

    private final EngineSettings settings;

    public RatingRules(EngineSettings settings) {
        this.settings = settings;
    }

    /** The interval that makes a VALUE claim TRUE. */
    public Interval interval(Qualifier qualifier, double v, double r) {
        double av = Math.abs(v);
        double inf = Double.POSITIVE_INFINITY;
        return switch (qualifier) {
            case EXACT -> new Interval(v - r, v + r, false, false);
            case MORE_THAN -> new Interval(v, inf, true, false);
            case AT_LEAST -> new Interval(v, inf, false, false);
            case ALMOST -> new Interval(v - settings.almostWidth() * av, v + r, false, false);
            case ABOUT -> {
                double w = Math.max(r, settings.aboutWidth() * av);
                yield new Interval(v - w, v + w, false, false);
            }
            case UP_TO -> new Interval(-inf, v + r, false, false);
            case LESS_THAN -> new Interval(-inf, v, false, true);
            case AT_MOST -> new Interval(-inf, v, false, false);
        };
    }

    /** Rates an actual figure against a claimed value with its qualifier and rounding. */
    public Outcome value(Qualifier qualifier, double v, double r, double actual) {
        Interval in = interval(qualifier, v, r);
        double scale = Math.abs(v) > 0 ? Math.abs(v) : Math.max(r, 1e-9);
        if (in.contains(actual)) {
            double margin = Math.min(actual - in.lo(), in.hi() - actual) / scale;
            return new Outcome(Rating.TRUE, 0, margin);
        }
        double nearest = actual < in.lo() || actual == in.lo() && in.loOpen() ? in.lo() : in.hi();
        double d = Math.abs(actual - nearest) / scale;
        // on an open bound ("more than 3,000" when it is exactly 3,000): outside, by the least possible distance
        return new Outcome(band(Math.max(d, Double.MIN_VALUE)), d, marginFromBands(d));
    }

    /** The band of a distance d &gt; 0. */
    public Rating band(double d) {
        if (d <= 0) {
            return Rating.TRUE;
        }
        if (d <= settings.mostlyTrueBand()) {
            return Rating.MOSTLY_TRUE;
        }
        if (d <= settings.mostlyFalseBand()) {
            return Rating.MOSTLY_FALSE;
        }
        return Rating.FALSE;
    }

    private double marginFromBands(double d) {
        double m = Math.abs(d - settings.mostlyTrueBand());
        m = Math.min(m, Math.abs(d - settings.mostlyFalseBand()));
        return Math.min(m, d);
    }

    /**
     * A rank claim: the claimed position against the actual one.
     *
     * @param claimed        the claimed position (1 = highest, or lowest for lowest/fewest)
     * @param actual         the actual position
     * @param tiesWithinClaim true when the subject's value ties within the claim's rounding with the value at the
     *                       claimed position
     */
    public Rating rank(int claimed, int actual, boolean tiesWithinClaim) {
        if (claimed == actual) {
            return Rating.TRUE;
        }
        if (tiesWithinClaim) {
            return Rating.MOSTLY_TRUE;
        }
        if (Math.abs(claimed - actual) <= settings.rankNearMiss()) {
            return Rating.MOSTLY_FALSE;
        }
        return Rating.FALSE;
    }

    /** A comparison without a claimed size: the direction decides. */
    public Rating direction(boolean right) {
        return right ? Rating.TRUE : Rating.FALSE;
    }

    /** How a compound claim's rating was reached, and the rating. */
    public record Combined(Rating rating, String rule) {
    }

    /** RATING_RULES.md, "Compound claims". */
    public Combined combine(List<Rating> parts) {
        List<Rating> rated = parts.stream().filter(Rating::onScale).toList();
        if (rated.isEmpty()) {
            return new Combined(Rating.NOT_ENOUGH_EVIDENCE, parts.size() > 1
                    ? "1: every part NOT_ENOUGH_EVIDENCE" : "single part");
        }
        String aside = rated.size() < parts.size() ? " (NOT_ENOUGH_EVIDENCE parts set aside, rule 2)" : "";
        if (parts.size() == 1) {
            return new Combined(rated.get(0), "single part");
        }
        if (rated.stream().distinct().count() == 1) {
            return new Combined(rated.get(0), "3: the rated parts agree" + aside);
        }
        boolean anyPositive = rated.stream().anyMatch(Rating::positive);
        boolean anyNegative = rated.stream().anyMatch(Rating::negative);
        if (anyPositive && anyNegative) {
            return new Combined(Rating.MISLEADING, "4: some parts true, some false" + aside);
        }
        Rating worst = Rating.TRUE;
        for (Rating r : rated) {
            worst = worst.worse(r);
        }
        return new Combined(worst, "5: the worst rated part" + aside);
    }
}
