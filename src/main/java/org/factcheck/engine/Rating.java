package org.factcheck.engine;

/**
 * The verdict scale, best to worst, with {@link #NOT_ENOUGH_EVIDENCE} outside it.
 * See RATING_RULES.md: "within one step" means adjacent on the scale; NOT_ENOUGH_EVIDENCE is only within one step
 * of itself.
 */
public enum Rating {
    TRUE, MOSTLY_TRUE, MISLEADING, MOSTLY_FALSE, FALSE, NOT_ENOUGH_EVIDENCE;

    /** True for every rating but NOT_ENOUGH_EVIDENCE. */
    public boolean onScale() {
        return this != NOT_ENOUGH_EVIDENCE;
    }

    /** True for TRUE and MOSTLY_TRUE. */
    public boolean positive() {
        return this == TRUE || this == MOSTLY_TRUE;
    }

    /** True for MOSTLY_FALSE and FALSE. */
    public boolean negative() {
        return this == MOSTLY_FALSE || this == FALSE;
    }

    /** The worse of two ratings on the scale. */
    public Rating worse(Rating other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** At best {@code cap}: the worse of this and the cap (NOT_ENOUGH_EVIDENCE is left alone). */
    public Rating cappedAt(Rating cap) {
        if (!onScale()) {
            return this;
        }
        return worse(cap);
    }

    /** Equal, or adjacent on the scale. */
    public boolean withinOneStepOf(Rating other) {
        if (!onScale() || !other.onScale()) {
            return this == other;
        }
        return Math.abs(ordinal() - other.ordinal()) <= 1;
    }
}
