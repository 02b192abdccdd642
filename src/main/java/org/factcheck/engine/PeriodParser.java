package org.factcheck.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds periods in lower-case normalised claim text: years, financial years (2017/18, 2017-18), months, dates,
 * "since 2010", "between 2010 and 2015", "last year", "in the last two years", relative to when the claim was made.
 */
public final class PeriodParser {

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String FY = YEAR + "\\s?[/-]\\s?(\\d\\d(?:\\d\\d)?)";
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final Pattern LEAD = Pattern.compile("\\b(between|from|since)\\s+(?:the\\s+)?(?:end of\\s+|start of\\s+)?$");
    private static final Pattern JOIN = Pattern.compile("\\s*(?:and|to|until|till|-|through|and the end of|to the end of)\\s*");
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter)(?: of)?\\s+" + YEAR + "\\b");
    private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+" + YEAR
            + "\\b");
    private static final Pattern MONTH = Pattern.compile("\\b" + MONTHS + "\\s+" + YEAR + "\\b");
    private static final Pattern FY_ONLY = Pattern.compile("(?<![\\d.,£])(?:fy\\s?)?" + FY + "\\b");
    private static final Pattern FY_WORDS = Pattern.compile("\\bfinancial year(?: of)?\\s+" + YEAR + "\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\d.,£$/-])" + YEAR + "(?![\\d%]|,\\d|\\.\\d)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:in|over|during|for|within|across)\\s+)?(?:the\\s+)?(?:last|past|previous)\\s+"
                    + "(?<n>\\d+|two|three|four|five|six|seven|eight|nine|ten|few)?\\s*(?<u>years?|decades?)\\b"
                    + "|\\b(?:in|over|for|within|after)\\s+(?<n2>\\d+|two|three|four|five|six|seven|eight|nine|ten)"
                    + "\\s+(?<u2>years?)\\b"
                    + "|\\b(?<n3>\\d+|a|two|three|four|five|six|seven|eight|nine|ten)\\s+(?<u3>years?|decades?)\\s+ago\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("\\b(last|this|previous|past) year\\b");
    private static final Map<String, Integer> WORDS = Map.of("a", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private PeriodParser() {
    }

    /** Periods in text order, non-overlapping; the longest reading wins. */
    public static List<ClaimPeriod> parse(String lower, LocalDate statedOn) {
        List<ClaimPeriod> atoms = new ArrayList<>();
        Matcher m = DAY.matcher(lower);
        while (m.find()) {
            LocalDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                add(atoms, new ClaimPeriod(d, d, m.group(), ClaimPeriod.Kind.DAY, m.start(), m.end()));
            }
        }
        m = MONTH.matcher(lower);
        while (m.find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), monthNumber(m.group(1)));
            add(atoms, new ClaimPeriod(ym.atDay(1), ym.atEndOfMonth(), m.group(), ClaimPeriod.Kind.MONTH, m.start(),
                    m.end()));
        }
        m = SEASON.matcher(lower);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            int first = switch (m.group(1)) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "autumn", "fall" -> 9;
                default -> 12;
            };
            YearMonth a = YearMonth.of(y, first);
            add(atoms, new ClaimPeriod(a.atDay(1), a.plusMonths(2).atEndOfMonth(), m.group(),
                    ClaimPeriod.Kind.MONTH, m.start(), m.end()));
        }
        m = FY_WORDS.matcher(lower);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            add(atoms, new ClaimPeriod(LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 3, 31), m.group(),
                    ClaimPeriod.Kind.FINANCIAL_YEAR, m.start(), m.end()));
        }
        m = FY_ONLY.matcher(lower);
        while (m.find()) {
            LocalDate[] a = fy(m.group(1), m.group(2));
            if (a != null) {
                boolean range = a[0].getMonthValue() == 1;
                add(atoms, new ClaimPeriod(a[0], a[1], m.group(),
                        range ? ClaimPeriod.Kind.RANGE : ClaimPeriod.Kind.FINANCIAL_YEAR, m.start(), m.end()));
            }
        }
        m = YEAR_ONLY.matcher(lower);
        while (m.find()) {
            if (QuantityParser.qualifierBefore(lower, m.start()) != null && !precededByPreposition(lower, m.start())) {
                continue; // "over 2000 officers"
            }
            LocalDate[] a = year(m.group(1));
            add(atoms, new ClaimPeriod(a[0], a[1], m.group(), ClaimPeriod.Kind.YEAR, m.start(), m.end()));
        }
        atoms.sort(Comparator.comparingInt(ClaimPeriod::start));
        List<ClaimPeriod> found = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            ClaimPeriod a = atoms.get(i);
            String before = lower.substring(0, a.start());
            Matcher lead = LEAD.matcher(before);
            boolean hasLead = lead.find();
            if (i + 1 < atoms.size()) {
                ClaimPeriod b = atoms.get(i + 1);
                String between = lower.substring(a.end(), b.start());
                if (JOIN.matcher(between).matches() && (hasLead || between.contains("-") || between.contains("to"))) {
                    int start = hasLead && !lead.group(1).equals("since") ? lead.start() : a.start();
                    found.add(new ClaimPeriod(a.from(), b.to(), lower.substring(start, b.end()),
                            ClaimPeriod.Kind.RANGE, start, b.end()));
                    i++;
                    continue;
                }
            }
            if (hasLead && lead.group(1).equals("since")) {
                found.add(new ClaimPeriod(a.from(), statedOn, lower.substring(lead.start(), a.end()),
                        ClaimPeriod.Kind.SINCE, lead.start(), a.end()));
                continue;
            }
            found.add(a);
        }
        m = LAST_YEAR.matcher(lower);
        while (m.find()) {
            if (statedOn == null) {
                continue;
            }
            int y = m.group(1).equals("this") ? statedOn.getYear() : statedOn.getYear() - 1;
            add(found, new ClaimPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), m.group(),
                    ClaimPeriod.Kind.RELATIVE, m.start(), m.end()));
        }
        m = RELATIVE.matcher(lower);
        while (m.find()) {
            if (statedOn == null) {
                continue;
            }
            String n = m.group("n") != null ? m.group("n") : m.group("n2") != null ? m.group("n2") : m.group("n3");
            String u = m.group("u") != null ? m.group("u") : m.group("u2") != null ? m.group("u2") : m.group("u3");
            int count = n == null ? 1 : n.equals("few") ? 3 : WORDS.containsKey(n) ? WORDS.get(n)
                    : Integer.parseInt(n);
            int years = u.startsWith("decade") ? count * 10 : count;
            LocalDate from = statedOn.minusYears(years);
            if (m.group("n3") != null) {
                add(found, new ClaimPeriod(LocalDate.of(from.getYear(), 1, 1), LocalDate.of(from.getYear(), 12, 31),
                        m.group(), ClaimPeriod.Kind.RELATIVE, m.start(), m.end()));
            } else {
                add(found, new ClaimPeriod(from, statedOn, m.group(), ClaimPeriod.Kind.RELATIVE, m.start(),
                        m.end()));
            }
        }
        found.sort(Comparator.comparingInt(ClaimPeriod::start));
        return found;
    }

    private static boolean precededByPreposition(String s, int start) {
        String before = s.substring(Math.max(0, start - 12), start);
        return before.matches(".*\\b(in|since|from|to|by|until|of|during|before|after|and)\\s+$");
    }

    private static void add(List<ClaimPeriod> found, ClaimPeriod p) {
        for (ClaimPeriod q : found) {
            if (p.start() < q.end() && q.start() < p.end()) {
                return;
            }
        }
        found.add(p);
    }

    private static LocalDate[] year(String y) {
        int year = Integer.parseInt(y);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    /** A financial year "2017/18" or "2017-2018": 1 April to 31 March; null when the years do not follow. */
    static LocalDate[] fy(String first, String second) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int expected = second.length() == 2 ? (a + 1) % 100 : a + 1;
        if (b != expected) {
            if (second.length() == 2 && b > a % 100 + 1 && b - a % 100 < 10) {
                return new LocalDate[] {LocalDate.of(a, 1, 1), LocalDate.of(a - a % 100 + b, 12, 31)};
            }
            if (second.length() == 4 && b > a) {
                return new LocalDate[] {LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31)};
            }
            return null;
        }
        return new LocalDate[] {LocalDate.of(a, 4, 1), LocalDate.of(a + 1, 3, 31)};
    }

    private static LocalDate day(String d, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), monthNumber(month), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The month number (1..12) of an English month name or its three-letter abbreviation, any case. */
    public static int monthNumber(String name) {
        String n = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
