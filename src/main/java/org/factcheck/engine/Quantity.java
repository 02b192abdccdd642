package org.factcheck.engine;

import java.math.BigDecimal;

/**
 * A number as a claim states it.
 *
 * @param value     the value in base units (pounds, people, per cent)
 * @param unit      its unit
 * @param per       a rate denominator written next to it ("head", "1000"), or null
 * @param qualifier how it is hedged
 * @param precision the claim's own rounding r (RATING_RULES.md)
 * @param text      the number as written, qualifier included
 * @param start     start offset in the normalised text (qualifier included)
 * @param end       end offset in the normalised text
 * @param changeWord true for "doubled", "tripled", "halved": the word itself asserts a change
 */
public record Quantity(BigDecimal value, Unit unit, String per, Qualifier qualifier, BigDecimal precision,
        String text, int start, int end, boolean changeWord) {

    public Quantity {
        value = plain(value);
        precision = plain(precision);
    }

    /** Without trailing zeros and without an exponent, so it serialises as 700000000 rather than 7E+8. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    Quantity withQualifier(Qualifier q, int newStart, String newText) {
        return new Quantity(value, unit, per, q, precision, newText, newStart, end, changeWord);
    }

    Quantity withPer(String newPer) {
        return new Quantity(value, unit, newPer, qualifier, precision, text, start, end, changeWord);
    }

    Quantity withUnit(Unit newUnit) {
        return new Quantity(value, newUnit, per, qualifier, precision, text, start, end, changeWord);
    }
}
