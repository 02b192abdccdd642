package org.factcheck.engine;

/** How a claimed number is hedged. The TRUE interval of each is defined in RATING_RULES.md and {@link RatingRules}. */
public enum Qualifier {
    /** No hedge: the claim's own rounding. */
    EXACT,
    /** over, more than, above, in excess of, upwards of. */
    MORE_THAN,
    /** at least, no fewer than, no less than, or more. */
    AT_LEAST,
    /** almost, nearly, just under, close to, approaching. */
    ALMOST,
    /** about, around, roughly, some, approximately, circa, ~. */
    ABOUT,
    /** up to, as many as. */
    UP_TO,
    /** less than, fewer than, under, below. */
    LESS_THAN,
    /** at most, no more than. */
    AT_MOST
}
