package org.factcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formatting of numbers and words for explanations. Formatting never changes a number's digits. */
final class Texts {

    private Texts() {
    }

    static String number(BigDecimal v) {
        if (v == null) {
            return "?";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMaximumFractionDigits(Math.max(0, s.scale()));
        f.setMinimumFractionDigits(Math.max(0, s.scale()));
        return f.format(s);
    }

    /** A value with its evidence unit: 15.18%, £3,269 million, 8,026.74, 212 per 1,000 people. */
    static String withUnit(BigDecimal v, String unit) {
        if (v == null) {
            return "?";
        }
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (u.equals("percent")) {
            return number(v) + "%";
        }
        if (u.equals("percentage_points")) {
            return number(v) + " percentage points";
        }
        if (u.startsWith("gbp")) {
            return money(v);
        }
        if (u.contains("per_1000")) {
            return number(v) + " per 1,000 people";
        }
        if (u.equals("years")) {
            return number(v) + " years";
        }
        return number(v);
    }

    static String money(BigDecimal v) {
        BigDecimal a = v.abs();
        String sign = v.signum() < 0 ? "-" : "";
        BigDecimal bn = a.movePointLeft(9).stripTrailingZeros();
        BigDecimal mn = a.movePointLeft(6).stripTrailingZeros();
        if (a.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 && bn.scale() <= 3) {
            return sign + "£" + number(bn) + " billion";
        }
        if (a.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0 && mn.scale() <= 3) {
            return sign + "£" + number(mn) + " million";
        }
        return sign + "£" + number(a);
    }

    /** A claimed quantity as a reader would say it. */
    static String claimed(Quantity q) {
        if (q == null) {
            return "";
        }
        String value = switch (q.unit()) {
            case PERCENT -> number(q.value()) + "%";
            case PERCENTAGE_POINTS -> number(q.value()) + " percentage points";
            case GBP -> money(q.value());
            case MULTIPLE -> number(q.value()) + " times";
            case YEARS -> number(q.value()) + " years";
            default -> number(q.value());
        };
        String per = q.per() == null ? "" : q.per().equals("head") ? " per head" : " per 1,000 people";
        return qualifierWords(q.qualifier()) + value + per;
    }

    static String qualifierWords(Qualifier q) {
        return switch (q) {
            case EXACT -> "";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case ALMOST -> "almost ";
            case ABOUT -> "about ";
            case UP_TO -> "up to ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
    }

    static String rating(Rating r) {
        return switch (r) {
            case TRUE -> "true";
            case MOSTLY_TRUE -> "mostly true";
            case MISLEADING -> "misleading";
            case MOSTLY_FALSE -> "mostly false";
            case FALSE -> "false";
            case NOT_ENOUGH_EVIDENCE -> "not enough evidence";
        };
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String percent(double share) {
        return number(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    static String source(EvidenceItem e) {
        if (e.sourcePublisher() == null || e.sourcePublisher().isBlank()
                || e.sourceTitle().contains(e.sourcePublisher())) {
            return e.sourceTitle();
        }
        return e.sourceTitle() + ", " + e.sourcePublisher();
    }
}
