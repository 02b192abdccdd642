package org.factcheck.claim.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.engine.ClaimPeriod;
import org.factcheck.engine.EngineSettings;
import org.factcheck.engine.PeriodParser;
import org.factcheck.engine.Quantity;
import org.factcheck.engine.QuantityParser;
import org.factcheck.engine.Unit;

/**
 * Numbers and years of a claim for matching, read with the engine's {@link QuantityParser} (digits, words, fractions,
 * multiples, "one in four") after masking dates with {@link PeriodParser}, so "£1.2 million" = "£1,200,000",
 * "a quarter" = "one in four" = "25%", "doubled" = "twofold" and the day in "31 December 2018" is no quantity.
 */
final class ClaimNumbers {

    /** Numbers as canonical strings, hedge directions ("15%:up"), years, and the text with all of them blanked. */
    record Read(Set<String> numbers, Set<String> hedges, Set<String> years, Set<String> changes, String rest) {
    }

    private static final QuantityParser PARSER = new QuantityParser(EngineSettings.defaults());
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,£$/-])(?:19|20)\\d\\d(?![\\d%,]|\\.\\d)");
    private static final Pattern MOVED_UP = Pattern.compile(
            "\\b(?:went|go|goes|gone|going|shot|climbed|moved|crept|jumped)\\s+$");
    private static final Pattern POINT = Pattern.compile("\\b([a-z]+(?:[- ][a-z]+)?) point ((?:zero|one|two|three|four"
            + "|five|six|seven|eight|nine)(?: (?:zero|one|two|three|four|five|six|seven|eight|nine))*)\\b");
    private static final List<String> DIGITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");

    private ClaimNumbers() {
    }

    /** @param lower the claim, lower case, of the same length as the text the blanks are applied to */
    static Read read(String lower) {
        String s = decimalsInWords(lower);
        List<int[]> masks = new ArrayList<>();
        for (ClaimPeriod p : PeriodParser.parse(s, LocalDate.of(2020, 1, 1))) {
            if (p.kind() != ClaimPeriod.Kind.RELATIVE) {
                masks.add(new int[] {p.start(), p.end()});
            }
        }
        Set<String> numbers = new TreeSet<>();
        Set<String> hedges = new TreeSet<>();
        Set<String> changes = new TreeSet<>();
        char[] rest = s.toCharArray();
        for (Quantity q : PARSER.parse(s, masks)) {
            String n = canonical(q);
            numbers.add(n);
            boolean moved = q.text().startsWith("up to") && MOVED_UP.matcher(s.substring(0, q.start())).find();
            String dir = moved ? null : switch (q.qualifier()) {
                case MORE_THAN, AT_LEAST -> "up";
                case ALMOST, LESS_THAN, AT_MOST, UP_TO -> "down";
                default -> null;
            };
            if (dir != null) {
                hedges.add(n + ":" + dir);
            }
            if (moved) {
                changes.add("RISE"); // "went up to 4,751" is a movement, not a hedge
            }
            if (q.changeWord()) {
                changes.add(q.value().compareTo(BigDecimal.ONE) > 0 ? "RISE" : "FALL");
            }
            blank(rest, q.start(), q.end());
        }
        Set<String> years = new TreeSet<>();
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            years.add(y.group());
            blank(rest, y.start(), y.end());
        }
        for (int[] m : masks) {
            blank(rest, m[0], m[1]);
        }
        return new Read(numbers, hedges, years, changes, new String(rest));
    }

    static String canonical(Quantity q) {
        BigDecimal v = q.value();
        if (q.unit() == Unit.PERCENT || q.unit() == Unit.PERCENTAGE_POINTS) {
            v = v.setScale(2, RoundingMode.HALF_UP);
        } else {
            v = v.round(new MathContext(6));
        }
        String plain = v.stripTrailingZeros().toPlainString();
        return plain + switch (q.unit()) {
            case PERCENT -> "%";
            case PERCENTAGE_POINTS -> "pp";
            case MULTIPLE -> "x";
            case YEARS -> "yr";
            default -> "";
        };
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length); i++) {
            text[i] = ' ';
        }
    }

    /** "twelve point four" to "12.4", keeping the text's length (padded with spaces). */
    static String decimalsInWords(String s) {
        Matcher m = POINT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer whole = wholeNumber(m.group(1));
            String replacement = m.group();
            if (whole != null) {
                StringBuilder d = new StringBuilder(whole + ".");
                for (String w : m.group(2).split(" ")) {
                    d.append(DIGITS.indexOf(w));
                }
                replacement = " ".repeat(Math.max(0, m.group().length() - d.length())) + d;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Integer wholeNumber(String words) {
        String[] w = words.split("[- ]");
        int total = 0;
        for (String part : w) {
            if (DIGITS.contains(part)) {
                total += DIGITS.indexOf(part);
            } else if (TEENS.contains(part)) {
                total += 10 + TEENS.indexOf(part);
            } else if (TENS.containsKey(part)) {
                total += TENS.get(part);
            } else if (w.length == 2 && part == w[0]) {
                return wholeNumber(w[1]);
            } else {
                return null;
            }
        }
        return total;
    }
}
