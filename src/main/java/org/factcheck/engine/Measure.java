package org.factcheck.engine;

import java.util.Locale;

/** What kind of measure a claim or an evidence record is: a total, a share, money, a rate per head or per 1,000. */
enum Measure {
    COUNT, SHARE, MONEY, PER_HEAD, PER_1000, YEARS, RATIO, UNKNOWN;

    /** The measure of an evidence unit as stored ("count", "percent", "GBP", "count_per_1000_people", ...). */
    static Measure ofEvidenceUnit(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (u.contains("per_head") || u.contains("per_capita")) {
            return PER_HEAD;
        }
        if (u.contains("per_1000")) {
            return PER_1000;
        }
        return switch (u) {
            case "count" -> COUNT;
            case "percent", "percentage_points" -> SHARE;
            case "gbp" -> MONEY;
            case "years" -> YEARS;
            case "ratio" -> RATIO;
            default -> UNKNOWN;
        };
    }

    String phrase() {
        return switch (this) {
            case COUNT -> "a total count";
            case SHARE -> "a share in per cent";
            case MONEY -> "a total in pounds";
            case PER_HEAD -> "a rate per head";
            case PER_1000 -> "a rate per 1,000 people";
            case YEARS -> "a number of years";
            case RATIO -> "a ratio";
            default -> "an unknown measure";
        };
    }
}
