package org.factcheck.evidence;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The unit vocabulary of evidence records: a base unit, optionally followed by a denominator.
 * <ul>
 * <li>base: {@code count, percent, percentage_points, years, ratio, index}, physical units ({@code litres,
 * cubic_metres, tonnes, kilograms, hectares, square_kilometres, kilometres, kilowatt_hours}) or an ISO 4217
 * currency code ({@code GBP, USD, EUR, ...});</li>
 * <li>denominator: {@code _per_head} or {@code _per_1000_people} ({@code GBP_per_head},
 * {@code count_per_1000_people}).</li>
 * </ul>
 */
public final class Units {

    public static final List<String> BASE = List.of("count", "percent", "percentage_points", "years", "ratio", "index",
            "litres", "cubic_metres", "tonnes", "kilograms", "hectares", "square_kilometres", "kilometres",
            "kilowatt_hours");
    public static final List<String> DENOMINATORS = List.of("_per_head", "_per_1000_people");

    private static final Set<String> CURRENCIES = new TreeSet<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            CURRENCIES.add(c.getCurrencyCode());
        }
    }

    private Units() {
    }

    public static boolean isValid(String unit) {
        if (unit == null || unit.isBlank()) {
            return false;
        }
        String base = unit;
        for (String d : DENOMINATORS) {
            if (unit.endsWith(d)) {
                base = unit.substring(0, unit.length() - d.length());
                break;
            }
        }
        return BASE.contains(base) || CURRENCIES.contains(base);
    }

    /** A one-line description of the vocabulary, for error messages. */
    public static String describe() {
        List<String> parts = new ArrayList<>(BASE);
        parts.add("an ISO 4217 currency code (GBP, USD, EUR, ...)");
        return String.join(", ", parts) + "; each optionally followed by " + String.join(" or ", DENOMINATORS)
                + " (e.g. GBP_per_head, count_per_1000_people)";
    }

    public static String unknownMessage(String unit) {
        return "unknown unit '" + unit + "'; use one of " + describe();
    }
}
