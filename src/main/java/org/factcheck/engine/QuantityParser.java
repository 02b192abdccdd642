package org.factcheck.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers people write in claims: digits with separators and multipliers (700, 3,000, 1.2bn, £700m),
 * numbers in words (three thousand, a quarter of a million), fractions (a third, half, one in five), percentages
 * and percentage points, multiples (doubled, twice, three times), each with its qualifier and its own rounding.
 * Years, dates, durations ("two years") and rate denominators ("per 1,000") are not quantities.
 */
public final class QuantityParser {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,£$€])(?<cur>£|\\$|€|gbp ?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:(?<multa>bn|mn|m|k|tn)\\b|\\s?(?<multw>billions?|millions?|thousands?|trillions?|hundreds?)\\b)?"
                    + "(?<pct>\\s?%|\\s?percentage[ -]points?\\b|\\s?(?:pp|ppts?)\\b|\\s?points?\\b)?"
                    + "(?<gbp>\\s?(?:pounds|pound|quid)\\b)?"
                    + "(?<times>\\s?times\\b|x\\b|-fold\\b)?");
    private static final Pattern ONE_IN = Pattern.compile(
            "\\b(?<a>\\d+|one|two|three|four|five|six|seven|eight|nine|ten) in (?<b>\\d+|two|three|four|five|six|seven"
                    + "|eight|nine|ten|twenty|a hundred|one hundred)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern FOLD = Pattern.compile("([a-z]+)fold");
    private static final Pattern DURATION_AFTER = Pattern.compile("^\\s?(years?|months?|decades?|weeks?)\\b");
    private static final Pattern DURATION_BEFORE = Pattern.compile(
            "\\b(?:in|for|over|past|last|within|after|next|the|of|than|first|since)\\s+$");
    private static final Pattern POSTFIX = Pattern.compile(
            "^(?:\\s?(?<atleast>or more|\\+|-?plus\\b|and more|and over|or over|or above)|\\s(?<about>or so|odd\\b))");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Map<String, Double> FRACTIONS = Map.ofEntries(Map.entry("half", 0.5),
            Map.entry("halves", 0.5), Map.entry("third", 1.0 / 3), Map.entry("thirds", 1.0 / 3),
            Map.entry("quarter", 0.25), Map.entry("quarters", 0.25), Map.entry("fifth", 0.2),
            Map.entry("fifths", 0.2), Map.entry("sixth", 1.0 / 6), Map.entry("tenth", 0.1), Map.entry("tenths", 0.1),
            Map.entry("eighth", 0.125));
    private static final Map<String, Double> MULTIPLES = Map.ofEntries(Map.entry("doubled", 2.0),
            Map.entry("doubling", 2.0), Map.entry("doubles", 2.0), Map.entry("double", 2.0), Map.entry("twice", 2.0),
            Map.entry("tripled", 3.0), Map.entry("trebled", 3.0), Map.entry("tripling", 3.0),
            Map.entry("triple", 3.0), Map.entry("treble", 3.0), Map.entry("quadrupled", 4.0),
            Map.entry("halved", 0.5), Map.entry("halving", 0.5), Map.entry("halves", 0.5));

    /** Qualifier phrases, matched at the end of the text before a number; longest first. */
    private static final List<Map.Entry<String, Qualifier>> QUALIFIERS = qualifiers();

    private final EngineSettings settings;

    public QuantityParser(EngineSettings settings) {
        this.settings = settings;
    }

    /** Quantities in a lower-case normalised text, skipping the masked spans (periods, dates, denominators). */
    public List<Quantity> parse(String lower, List<int[]> masks) {
        List<Quantity> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>(masks);
        findOneIn(lower, found, taken);
        findDigits(lower, found, taken);
        findWords(lower, found, taken);
        found.sort(Comparator.comparingInt(Quantity::start));
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : found) {
            out.add(qualify(lower, q));
        }
        return out;
    }

    /** Convenience for tests: parse without masks. */
    public List<Quantity> parse(String lower) {
        return parse(lower, List.of());
    }

    private void findOneIn(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = ONE_IN.matcher(s);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            BigDecimal a = wordOrDigits(m.group("a"));
            BigDecimal b = wordOrDigits(m.group("b"));
            if (a == null || b == null || b.signum() == 0 || a.compareTo(b) >= 0) {
                continue;
            }
            BigDecimal v = a.multiply(BigDecimal.valueOf(100)).divide(b, 4, RoundingMode.HALF_UP);
            add(found, taken, new Quantity(v, Unit.PERCENT, null, Qualifier.EXACT, wordPrecision(v),
                    m.group(), m.start(), m.end(), false));
        }
    }

    private static BigDecimal wordOrDigits(String w) {
        if (w.chars().allMatch(Character::isDigit)) {
            return new BigDecimal(w);
        }
        if (w.endsWith("hundred")) {
            return BigDecimal.valueOf(100);
        }
        Integer v = SMALL.get(w);
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private void findDigits(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String cur = m.group("cur");
            String num = m.group("num");
            String multa = m.group("multa");
            String multw = m.group("multw");
            String pct = m.group("pct");
            String gbp = m.group("gbp");
            String times = m.group("times");
            boolean suffix = multa != null || multw != null || pct != null || gbp != null || times != null;
            if (overlaps(taken, start, end)) {
                continue;
            }
            if (!suffix && end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                continue; // 2nd, 10am, 5g
            }
            if (!suffix && end < s.length() - 1 && (s.charAt(end) == '-' || s.charAt(end) == '/')
                    && Character.isDigit(s.charAt(end + 1))) {
                continue; // ranges such as 16-18 and financial years are not claimed quantities
            }
            if (!suffix && start >= 4 && s.startsWith("per ", start - 4)) {
                continue; // per 1,000 is a denominator
            }
            boolean plainInteger = cur == null && !suffix && num.matches("(?:19|20)\\d\\d");
            if (plainInteger && qualifierBefore(s, start) == null) {
                continue; // a year
            }
            Unit unit = Unit.COUNT;
            if (cur != null || gbp != null) {
                unit = Unit.GBP;
            } else if (times != null) {
                unit = Unit.MULTIPLE;
            } else if (pct != null) {
                unit = pct.contains("%") ? Unit.PERCENT : Unit.PERCENTAGE_POINTS;
            }
            if (unit == Unit.COUNT && cur == null && !suffix) {
                Matcher d = DURATION_AFTER.matcher(s.substring(end));
                if (d.find()) {
                    if (DURATION_BEFORE.matcher(s.substring(0, start)).find()
                            || s.substring(end + d.end()).startsWith(" ago")) {
                        continue;
                    }
                    if (d.group(1).startsWith("year")) {
                        unit = Unit.YEARS;
                        end = end + d.end();
                    }
                }
            }
            BigDecimal multiplier = multiplier(multa != null ? multa : multw);
            String plain = num.replace(",", "");
            BigDecimal value = new BigDecimal(plain).multiply(multiplier);
            BigDecimal precision = precision(plain, multiplier, settings.roundingShare());
            add(found, taken, new Quantity(value.stripTrailingZeros(), unit, null, Qualifier.EXACT, precision,
                    s.substring(start, end).trim(), start, end, false));
        }
    }

    private static BigDecimal multiplier(String mult) {
        if (mult == null) {
            return BigDecimal.ONE;
        }
        String m = mult.endsWith("s") && mult.length() > 2 ? mult.substring(0, mult.length() - 1) : mult;
        return switch (m) {
            case "k", "thousand" -> BigDecimal.valueOf(1_000);
            case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000);
            case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            case "tn", "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "hundred" -> BigDecimal.valueOf(100);
            default -> BigDecimal.ONE;
        };
    }

    /**
     * The claim's own rounding r = max(half a unit of the last written digit, min(half a unit of the last non-zero
     * digit, share of |v|)).
     *
     * @param plain      the digits as written, without separators ("700", "1.2", "14.8")
     * @param multiplier the written multiplier (1, 1e6 for "m", ...)
     * @param share      the cap on the rounding as a share of the value (0.05)
     */
    public static BigDecimal precision(String plain, BigDecimal multiplier, double share) {
        BigDecimal written = new BigDecimal(plain);
        int decimals = Math.max(0, written.scale());
        BigDecimal lastWritten = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal unscaled = new BigDecimal(written.unscaledValue());
        int lastNonZeroExp = -decimals;
        if (unscaled.signum() != 0) {
            BigDecimal stripped = written.stripTrailingZeros();
            lastNonZeroExp = -stripped.scale();
        }
        BigDecimal lastNonZero = lastNonZeroExp >= 0 ? BigDecimal.TEN.pow(lastNonZeroExp)
                : BigDecimal.ONE.movePointLeft(-lastNonZeroExp);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal value = written.abs().multiply(multiplier);
        BigDecimal a = lastWritten.multiply(half).multiply(multiplier);
        BigDecimal b = lastNonZero.multiply(half).multiply(multiplier);
        BigDecimal c = value.multiply(BigDecimal.valueOf(share));
        BigDecimal r = a.max(b.min(c));
        return r.stripTrailingZeros();
    }

    private BigDecimal wordPrecision(BigDecimal v) {
        return v.abs().multiply(BigDecimal.valueOf(settings.wordFractionPrecision()))
                .round(new MathContext(6)).stripTrailingZeros();
    }

    private void findWords(String s, List<Quantity> found, List<int[]> taken) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < words.size()) {
            int consumed = tryWordQuantity(s, words, i, found, taken);
            i += Math.max(1, consumed);
        }
    }

    private int tryWordQuantity(String s, List<int[]> words, int i, List<Quantity> found, List<int[]> taken) {
        String w = word(s, words, i);
        int start = words.get(i)[0];
        if (overlaps(taken, start, words.get(i)[1])) {
            return 1;
        }
        Matcher fold = FOLD.matcher(w);
        if (fold.matches() && (SMALL.containsKey(fold.group(1)) || fold.group(1).equals("two"))) {
            BigDecimal v = BigDecimal.valueOf(SMALL.get(fold.group(1)));
            add(found, taken, new Quantity(v, Unit.MULTIPLE, null, Qualifier.EXACT, wordPrecision(v), w,
                    start, words.get(i)[1], true));
            return 1;
        }
        if (MULTIPLES.containsKey(w) && !(w.equals("double") && "digits".equals(word(s, words, i + 1)))) {
            if (w.equals("halves")) {
                return 1;
            }
            BigDecimal v = BigDecimal.valueOf(MULTIPLES.get(w)).stripTrailingZeros();
            boolean change = !w.equals("twice") && !w.equals("double") && !w.equals("triple")
                    && !w.equals("treble");
            add(found, taken, new Quantity(v, Unit.MULTIPLE, null, Qualifier.EXACT, wordPrecision(v), w,
                    start, words.get(i)[1], change));
            return 1;
        }
        // fractions: a third, two thirds, half, three quarters [of a million]
        int j = i;
        double numerator = 1;
        boolean lead = false;
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
            lead = true;
            j = i + 1;
        } else if (SMALL.containsKey(w) && SMALL.get(w) > 1 && SMALL.get(w) < 10
                && FRACTIONS.containsKey(word(s, words, i + 1))) {
            numerator = SMALL.get(w);
            j = i + 1;
        }
        String f = word(s, words, j);
        if (FRACTIONS.containsKey(f) && (lead || j > i || f.equals("half"))
                && !(f.equals("half") && j == i && i > 0 && word(s, words, i - 1).equals("a"))
                && !isOrdinalUse(s, words, i, j)) {
            double frac = numerator * FRACTIONS.get(f);
            int end = words.get(j)[1];
            int k = word(s, words, j + 1).equals("of") ? j + 2 : j + 1;
            if ((word(s, words, k).equals("a") || word(s, words, k).equals("one"))
                    && SCALES.containsKey(word(s, words, k + 1)) && SCALES.get(word(s, words, k + 1)) >= 1000) {
                BigDecimal v = BigDecimal.valueOf(frac * SCALES.get(word(s, words, k + 1)))
                        .setScale(0, RoundingMode.HALF_UP);
                end = words.get(k + 1)[1];
                Unit unit = s.substring(Math.max(0, start - 2), start).contains("£") ? Unit.GBP : Unit.COUNT;
                add(found, taken, new Quantity(v, unit, null, Qualifier.EXACT, wordPrecision(v),
                        s.substring(start, end), start, end, false));
                return k + 2 - i;
            }
            BigDecimal v = BigDecimal.valueOf(frac * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            add(found, taken, new Quantity(v, Unit.PERCENT, null, Qualifier.EXACT, wordPrecision(v),
                    s.substring(start, end), start, end, false));
            return j + 1 - i;
        }
        // cardinals: three thousand, a hundred, twenty-five, two hundred and fifty
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean scaled = false;
        int k = i;
        if ((w.equals("a") || w.equals("an")) && SCALES.containsKey(word(s, words, i + 1))) {
            current = 1;
            k = i + 1;
            any = true;
        }
        int lastEnd = -1;
        while (k < words.size()) {
            String t = word(s, words, k);
            if (SMALL.containsKey(t)) {
                if (t.equals("dozen")) {
                    current = (current == 0 ? 1 : current) * 12;
                } else {
                    current += SMALL.get(t);
                }
                any = true;
            } else if (SCALES.containsKey(t) && any) {
                long scale = SCALES.get(t);
                if (scale == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                scaled = true;
            } else if (t.equals("and") && any && SMALL.containsKey(word(s, words, k + 1))
                    && !word(s, words, k + 1).equals("one") && words.get(k + 1)[0] - words.get(k)[1] <= 1) {
                k++;
                continue;
            } else {
                break;
            }
            lastEnd = words.get(k)[1];
            k++;
        }
        if (!any) {
            return 1;
        }
        long value = total + current;
        if (value == 1 && !scaled) {
            return k - i; // "one" is a pronoun far more often than a claimed number
        }
        int end = lastEnd;
        String rest = s.substring(end);
        Unit unit = Unit.COUNT;
        if (rest.startsWith("%") || rest.startsWith(" %")) {
            unit = Unit.PERCENT;
            end += rest.indexOf('%') + 1;
        } else if (rest.matches("^ percentage points?\\b.*")) {
            unit = Unit.PERCENTAGE_POINTS;
            end += rest.startsWith(" percentage points") ? 18 : 17;
        } else if (rest.matches("^ (?:pounds|pound|quid)\\b.*")) {
            unit = Unit.GBP;
            end += rest.indexOf(' ', 1) < 0 ? rest.length() : rest.indexOf(' ', 1);
        } else if (rest.startsWith(" times")) {
            unit = Unit.MULTIPLE;
            end += 6;
        } else {
            Matcher d = DURATION_AFTER.matcher(rest);
            if (d.find()) {
                if (DURATION_BEFORE.matcher(s.substring(0, start)).find() || rest.substring(d.end()).startsWith(" ago")
                        || !d.group(1).startsWith("year")) {
                    return k - i;
                }
                unit = Unit.YEARS;
                end += d.end();
            }
        }
        BigDecimal v = BigDecimal.valueOf(value);
        BigDecimal precision = unit == Unit.MULTIPLE ? wordPrecision(v)
                : precision(Long.toString(value), BigDecimal.ONE, settings.roundingShare());
        if (overlaps(taken, start, end)) {
            return k - i;
        }
        add(found, taken, new Quantity(v, unit, null, Qualifier.EXACT, precision, s.substring(start, end),
                start, end, false));
        return k - i;
    }

    private static boolean isOrdinalUse(String s, List<int[]> words, int i, int j) {
        // "the third highest", "a fifth year": fractions used as ordinals
        String before = i > 0 ? word(s, words, i - 1) : "";
        String after = word(s, words, j + 1);
        return before.equals("the") || after.endsWith("est") || after.equals("most") || after.equals("largest");
    }

    private static String word(String s, List<int[]> words, int i) {
        if (i < 0 || i >= words.size()) {
            return "";
        }
        return s.substring(words.get(i)[0], words.get(i)[1]);
    }

    private static void add(List<Quantity> found, List<int[]> taken, Quantity q) {
        found.add(q);
        taken.add(new int[] {q.start(), q.end()});
    }

    static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    private Quantity qualify(String s, Quantity q) {
        Quantity out = q;
        Map.Entry<String, Qualifier> before = qualifierBefore(s, q.start());
        if (before != null) {
            int qs = s.lastIndexOf(before.getKey(), q.start());
            out = q.withQualifier(before.getValue(), qs, s.substring(qs, q.end()));
        }
        Matcher post = POSTFIX.matcher(s.substring(q.end()));
        if (post.find() && out.qualifier() == Qualifier.EXACT) {
            Qualifier pq = post.group("atleast") != null ? Qualifier.AT_LEAST : Qualifier.ABOUT;
            int end = q.end() + post.end();
            out = new Quantity(out.value(), out.unit(), out.per(), pq, out.precision(),
                    s.substring(out.start(), end), out.start(), end, out.changeWord());
        }
        return out;
    }

    static Map.Entry<String, Qualifier> qualifierBefore(String s, int start) {
        String before = s.substring(Math.max(0, start - 40), start);
        String trimmed = before.stripTrailing();
        for (Map.Entry<String, Qualifier> e : QUALIFIERS) {
            String p = e.getKey();
            if (trimmed.endsWith(p)) {
                int at = trimmed.length() - p.length();
                if (at == 0 || !Character.isLetterOrDigit(trimmed.charAt(at - 1))) {
                    if (Character.isLetter(p.charAt(p.length() - 1)) && trimmed.length() == before.length()) {
                        continue; // a word qualifier must be followed by a space
                    }
                    return e;
                }
            }
        }
        return null;
    }

    private static List<Map.Entry<String, Qualifier>> qualifiers() {
        List<Map.Entry<String, Qualifier>> q = new ArrayList<>();
        for (String p : new String[] {"more than", "over", "above", "in excess of", "upwards of", "well over",
            "just over", "greater than", "exceeding", "well above", "just above", "north of", "higher than",
            "bigger than", "larger than"}) {
            q.add(Map.entry(p, Qualifier.MORE_THAN));
        }
        for (String p : new String[] {"at least", "no fewer than", "no less than", "a minimum of", "not less than",
            "not fewer than"}) {
            q.add(Map.entry(p, Qualifier.AT_LEAST));
        }
        for (String p : new String[] {"almost", "nearly", "just under", "close to", "approaching", "just below",
            "not far off", "just short of", "getting on for", "not quite", "nearing", "just shy of",
            "very nearly", "closer to"}) {
            q.add(Map.entry(p, Qualifier.ALMOST));
        }
        for (String p : new String[] {"about", "around", "roughly", "some", "approximately", "circa", "c.", "~",
            "approx.", "approx", "an estimated", "estimated", "in the region of", "round about", "an approximate",
            "more or less", "in the order of", "of the order of", "or so", "broadly"}) {
            q.add(Map.entry(p, Qualifier.ABOUT));
        }
        for (String p : new String[] {"up to", "as many as", "as much as", "as high as"}) {
            q.add(Map.entry(p, Qualifier.UP_TO));
        }
        for (String p : new String[] {"less than", "fewer than", "under", "below", "lower than", "smaller than",
            "short of", "well under", "well below"}) {
            q.add(Map.entry(p, Qualifier.LESS_THAN));
        }
        for (String p : new String[] {"at most", "no more than", "not more than", "a maximum of", "no greater than",
            "not exceeding", "at the most"}) {
            q.add(Map.entry(p, Qualifier.AT_MOST));
        }
        q.sort(Comparator.comparingInt((Map.Entry<String, Qualifier> e) -> e.getKey().length()).reversed());
        return List.copyOf(q);
    }
}
