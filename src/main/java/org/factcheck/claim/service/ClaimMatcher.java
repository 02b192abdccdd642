package org.factcheck.claim.service;

import static org.factcheck.claim.service.MatchWords.GENERIC;
import static org.factcheck.claim.service.MatchWords.GROUPS;
import static org.factcheck.claim.service.MatchWords.QUALIFYING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.engine.Normaliser;

/**
 * "Have we checked this before?": turns a claim into canonical match terms and scores two claims 0..1. Plain Java.
 * <p>
 * Terms: content words (stop words dropped, a light stemmer that also folds "-est" and "-er ... than" so "the
 * youngest" and "no ... younger than" agree, synonym groups and paraphrase rewrites of
 * {@link MatchWords} folded: "officers" and "police" are one term, "sleeping rough" and "bedded down" are
 * {@code roughsleep}, "fewer", "lowest" are {@code LOW}, "rose", "increased" are {@code RISE}), places from the
 * gazetteer and a small alias list ("GMP", "Scotland Yard", "Londoners") as {@code p:name}, numbers as
 * {@code n:value} read by the engine's QuantityParser ("£1.2 million" = "£1,200,000", "a quarter" = "one in four" =
 * {@code n:25%}, "doubled" = "twofold" = {@code n:2x}), the direction of a hedge ("over", "almost") as
 * {@code q:value:up|down} and years as {@code y:2018} (a day or month of a date is no number).
 * <p>
 * Two claims are never the same claim when their numbers differ, one hedges a number upwards and the other
 * downwards, their specific places differ, their broad places are both given and disjoint, their years are both
 * given and neither set holds the other, a group (Jewish, Muslim, ...) or a qualifying word (started, real terms,
 * per head, central, second) is in one only or differs, or one says HIGH where the other says LOW (or RISE against
 * FALL). Otherwise the score is {@code 0.75 * weighted Dice of the content words + 0.25 * trigram similarity};
 * generic words weigh half. Between two specific places, "X more than Y" equals "Y fewer than X", and
 * "X second-highest after Y" orders Y before X, so the subject place must agree, not only the place set.
 * {@link #THRESHOLD} is where a match is reported.
 */
public final class ClaimMatcher {

    /** Least score reported as "the same claim" (tuned on src/test/resources/matching/pairs.tsv). */
    public static final double THRESHOLD = 0.6;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}']*");
    private static final Pattern RANKED_AFTER = Pattern.compile("\\b(?:second|third)[- ](?:highest|largest|biggest|"
            + "most|greatest|lowest|smallest|fewest)\\b.*\\bafter\\b");
    private static final Pattern ONLY_MORE_THAN = Pattern.compile("\\bonly\\b.*\\b(?:higher|more|larger|bigger|"
            + "greater|lower|fewer|less|smaller)\\b.*\\bthan\\b");

    /** What the matcher knows of a place: canonical name and whether it is broad (country, region, city). */
    public record PlaceName(String canonical, boolean broad) {
    }

    /** A claim's match terms; {@link #all()} is what the database stores and indexes. */
    public record Terms(Set<String> words, Set<String> places, Set<String> broadPlaces, Set<String> numbers,
                        Set<String> years, Set<String> hedges, String placeOrder, Trigrams trigrams) {

        public List<String> all() {
            TreeSet<String> all = new TreeSet<>(words);
            if (placeOrder != null) {
                all.add("o:" + placeOrder);
            }
            places.forEach(p -> all.add("p:" + p));
            broadPlaces.forEach(p -> all.add("b:" + p));
            numbers.forEach(n -> all.add("n:" + n));
            years.forEach(y -> all.add("y:" + y));
            hedges.forEach(h -> all.add("q:" + h));
            return List.copyOf(all);
        }

        /** Terms a stored claim must share to be the same claim: specific places and numbers. */
        public List<String> required() {
            List<String> out = new ArrayList<>();
            places.forEach(p -> out.add("p:" + p));
            numbers.forEach(n -> out.add("n:" + n));
            return out;
        }

        /** Rebuilds terms from stored {@link #all()} and the text. */
        public static Terms of(List<String> stored, String text) {
            Map<String, Set<String>> sets = new HashMap<>();
            for (String k : List.of("", "p", "b", "n", "y", "q")) {
                sets.put(k, new HashSet<>());
            }
            String order = null;
            for (String t : stored) {
                int colon = t.indexOf(':');
                String kind = colon == 1 ? t.substring(0, 1) : "";
                if (kind.equals("o")) {
                    order = t.substring(2);
                } else if (sets.containsKey(kind)) {
                    sets.get(kind).add(kind.isEmpty() ? t : t.substring(2));
                } else {
                    sets.get("").add(t);
                }
            }
            return new Terms(sets.get(""), sets.get("p"), sets.get("b"), sets.get("n"), sets.get("y"), sets.get("q"),
                    order, Trigrams.of(text));
        }
    }

    private final Map<String, PlaceName> places;
    private final int longestPlace;

    /** @param places every place name and alias, lower case, to its canonical name and breadth */
    public ClaimMatcher(Map<String, PlaceName> places) {
        Map<String, PlaceName> all = new HashMap<>();
        places.forEach((k, v) -> all.putIfAbsent(k.replace('-', ' '), v));
        MatchWords.PLACE_ALIASES.forEach((alias, canonical) -> all.putIfAbsent(alias,
                all.getOrDefault(canonical, new PlaceName(canonical, false))));
        this.places = Map.copyOf(all);
        this.longestPlace = all.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    public Terms terms(String text) {
        String t = text;
        for (Map.Entry<Pattern, String> r : MatchWords.REWRITES) {
            t = r.getKey().matcher(t).replaceAll(r.getValue());
        }
        t = Normaliser.normalise(t).text();
        String lower = t.toLowerCase(Locale.ROOT);
        ClaimNumbers.Read read = ClaimNumbers.read(lower);
        String rest = read.rest();
        if (rest.length() == t.length()) {
            char[] cased = t.toCharArray();
            for (int i = 0; i < cased.length; i++) {
                if (rest.charAt(i) == ' ') {
                    cased[i] = ' ';
                }
            }
            rest = new String(cased);
        }
        List<String> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(rest);
        while (m.find()) {
            raw.add(m.group());
        }
        Set<String> words = new HashSet<>(read.changes());
        Set<String> specific = new HashSet<>();
        List<String> order = new ArrayList<>();
        Set<String> broad = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            int placeLength = placeAt(raw, i);
            if (placeLength > 0) {
                PlaceName place = places.get(phrase(raw, i, placeLength));
                String name = place.canonical().replace(' ', '_');
                (place.broad() ? broad : specific).add(name);
                if (!place.broad() && !order.contains(name)) {
                    order.add(name);
                }
                i += placeLength - 1;
                continue;
            }
            String lower1 = raw.get(i).toLowerCase(Locale.ROOT).replaceAll("'s?$", "").replace("'s", "");
            if (lower1.endsWith("er") && lower1.length() > 5 && !MatchWords.SYNONYMS.containsKey(lower1)
                    && raw.subList(i + 1, raw.size()).contains("than")) {
                lower1 = lower1.endsWith("ier") ? lower1.substring(0, lower1.length() - 3) + "iest"
                        : lower1.substring(0, lower1.length() - 2) + "est"; // "younger than" is "youngest"
            }
            String word = canonical(lower1);
            if (word != null) {
                words.add(word);
            }
        }
        if (order.size() >= 2 && RANKED_AFTER.matcher(lower).find()) {
            Collections.reverse(order); // "X second-highest after Y": Y is ahead of X
        } else if (order.size() >= 2 && ONLY_MORE_THAN.matcher(lower).find()) {
            words.add("second"); // "only Y has more than X": X is second
        }
        String placeOrder = order.size() >= 2 ? String.join(">", order) : null;
        return new Terms(words, specific, broad, read.numbers(), read.years(), read.hedges(), placeOrder,
                Trigrams.of(text));
    }

    /** 0..1; 0 when the claims cannot be the same (different numbers, places, years or direction). */
    public double score(Terms a, Terms b) {
        Set<String> bWords = b.words();
        if (a.placeOrder() != null && b.placeOrder() != null && !a.placeOrder().equals(b.placeOrder())) {
            bWords = flipped(bWords); // "X has more than Y" says what "Y has fewer than X" says
        }
        if (!a.numbers().equals(b.numbers()) || hedgedApart(a.hedges(), b.hedges()) || !a.places().equals(b.places())
                || disjoint(a.broadPlaces(), b.broadPlaces()) || yearsApart(a.years(), b.years())
                || !only(a.words(), GROUPS).equals(only(bWords, GROUPS))
                || !only(a.words(), QUALIFYING).equals(only(bWords, QUALIFYING))
                || opposed(a.words(), bWords, "HIGH", "LOW") || opposed(a.words(), bWords, "RISE", "FALL")) {
            return 0;
        }
        double common = 0;
        double total = 0;
        for (String w : a.words()) {
            total += weight(w);
            if (bWords.contains(w)) {
                common += 2 * weight(w);
            }
        }
        for (String w : bWords) {
            total += weight(w);
        }
        double dice = total == 0 ? 0 : common / total;
        return Math.round((0.75 * dice + 0.25 * a.trigrams().similarity(b.trigrams())) * 1000) / 1000.0;
    }

    /**
     * At least {@code full} of a query's full-weight words and {@code generic} of its generic ones (each 0..2; both 0:
     * any claim holding the required terms).
     */
    public record Shared(int full, int generic) {
    }

    /**
     * What a stored claim must share with a query: its named words (full-weight and generic, full-weight first) and the
     * least counts of them to share, any one of {@code anyOf}; empty {@code anyOf}: no claim can reach
     * {@link #THRESHOLD}.
     */
    public record WordsNeeded(List<String> full, List<String> generic, List<Shared> anyOf) {
    }

    /** Words a candidate query names; a longer claim's other words count as shared (the condition stays necessary). */
    static final int MAX_WORDS = 12;

    /**
     * The words a stored claim must share with {@code query} to score {@link #THRESHOLD}: a necessary condition, for
     * the candidate query. The trigram part is at most 0.25, so the weighted Dice must reach d = (THRESHOLD - 0.25) /
     * 0.75 (less half a thousandth for the score's rounding); with C the weight shared and W the query's, Dice = 2C /
     * (W + the stored claim's) <= 2C / (W + C), so C >= d W / (2 - d). Broad places and years never add to the score,
     * only reject, so a claim sharing only "London" and "2017" with the query is no candidate. Counts above two are
     * asked as two (still necessary, and the query stays small). Words the condition does not name count as shared:
     * beyond the first {@link #MAX_WORDS}, and HIGH and LOW when the query orders two places (a claim ordering them the
     * other way round says LOW for HIGH). When the unnamed words might make up the whole weight, nothing is asked
     * beyond the required terms ({@code Shared(0, 0)}); without required terms (a claim of about 18 words or more,
     * none of them a place or a number), one named word is asked: the one condition here that is not necessary.
     */
    public WordsNeeded wordsNeeded(Terms query) {
        double d = (THRESHOLD - 0.0005 - 0.25) / 0.75;
        double least = d * query.words().stream().mapToDouble(ClaimMatcher::weight).sum() / (2 - d);
        List<String> words = query.words().stream()
                .sorted(Comparator.comparingDouble(ClaimMatcher::weight).reversed().thenComparing(w -> w))
                .toList();
        List<String> named = new ArrayList<>();
        for (String w : words) {
            if (named.size() < MAX_WORDS && (query.placeOrder() == null || !w.equals("HIGH") && !w.equals("LOW"))) {
                named.add(w);
            } else {
                least -= weight(w); // a stored claim might share it
            }
        }
        List<String> full = named.stream().filter(w -> weight(w) == 1).toList();
        List<String> generic = named.stream().filter(w -> weight(w) < 1).toList();
        if (query.words().isEmpty()) {
            return new WordsNeeded(full, generic, List.of());
        }
        if (least <= 0 && !query.required().isEmpty()) {
            return new WordsNeeded(full, generic, List.of(new Shared(0, 0))); // the required terms alone
        }
        if (least <= 0) { // a long claim without places or numbers: the one condition here that is not necessary
            List<Shared> any = new ArrayList<>();
            if (!full.isEmpty()) {
                any.add(new Shared(1, 0));
            }
            if (!generic.isEmpty()) {
                any.add(new Shared(0, 1));
            }
            return new WordsNeeded(full, generic, any);
        }
        List<Shared> options = new ArrayList<>();
        for (int f = 0; f <= full.size(); f++) {
            int g = Math.max(0, (int) Math.ceil(2 * (least - f) - 1e-9));
            if (g <= generic.size()) {
                options.add(new Shared(Math.min(f, 2), Math.min(g, 2)));
            }
        }
        List<Shared> anyOf = new ArrayList<>();
        for (Shared o : options) {
            boolean implied = options.stream().anyMatch(p -> !p.equals(o) && p.full() <= o.full()
                    && p.generic() <= o.generic());
            if (!implied && !anyOf.contains(o)) {
                anyOf.add(o);
            }
        }
        return new WordsNeeded(full, generic, anyOf);
    }

    /** Generic words (direction, "borough", "share") count half: what a claim is about counts fully. */
    static double weight(String word) {
        return GENERIC.contains(word) ? 0.5 : 1;
    }

    private static Set<String> flipped(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.equals("HIGH") ? "LOW" : w.equals("LOW") ? "HIGH" : w);
        }
        return out;
    }

    /** Both given and neither holds the other ("a year earlier" leaves one year out; 2016 vs 2018 does not). */
    private static boolean yearsApart(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !a.containsAll(b) && !b.containsAll(a);
    }

    /** The same number hedged upwards in one ("more than 15%") and downwards in the other ("almost 15%"). */
    private static boolean hedgedApart(Set<String> a, Set<String> b) {
        for (String h : a) {
            String other = h.endsWith(":up") ? h.replaceAll(":up$", ":down") : h.replaceAll(":down$", ":up");
            if (b.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> only(Set<String> words, Set<String> kept) {
        Set<String> out = new HashSet<>(words);
        out.retainAll(kept);
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    private static boolean opposed(Set<String> a, Set<String> b, String up, String down) {
        boolean aUp = a.contains(up) && !a.contains(down);
        boolean aDown = a.contains(down) && !a.contains(up);
        boolean bUp = b.contains(up) && !b.contains(down);
        boolean bDown = b.contains(down) && !b.contains(up);
        return aUp && bDown || aDown && bUp;
    }

    private int placeAt(List<String> raw, int i) {
        if (!Character.isUpperCase(raw.get(i).charAt(0))) {
            return 0;
        }
        for (int n = Math.min(longestPlace, raw.size() - i); n >= 1; n--) {
            if (places.containsKey(phrase(raw, i, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String phrase(List<String> raw, int i, int n) {
        return String.join(" ", raw.subList(i, i + n)).toLowerCase(Locale.ROOT).replace("&", "and")
                .replaceAll("'s?$", "");
    }

    static String canonical(String word) {
        if (MatchWords.STOP.contains(word) || word.length() < 2) {
            return null;
        }
        String synonym = MatchWords.SYNONYMS.get(word);
        if (synonym != null) {
            return synonym;
        }
        String stem = stem(word);
        synonym = MatchWords.SYNONYMS.get(stem);
        return synonym != null ? synonym : stem;
    }

    static String stem(String w) {
        if (w.endsWith("est") && w.length() > 6) {
            return w.endsWith("iest") ? w.substring(0, w.length() - 4) + "y" : w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
