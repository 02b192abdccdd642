package org.factcheck.engine;

/** The unit of a claimed number. */
public enum Unit {
    /** Things or people counted. */
    COUNT,
    /** A share or a relative change in per cent. */
    PERCENT,
    /** An absolute change of a percentage. */
    PERCENTAGE_POINTS,
    /** Pounds sterling. */
    GBP,
    /** A ratio in words or digits: "twice", "doubled", "three times". */
    MULTIPLE,
    /** A duration or age in years (life expectancy). */
    YEARS;

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
