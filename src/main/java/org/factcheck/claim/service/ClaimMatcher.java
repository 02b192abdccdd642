package org.factcheck.claim.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Have we checked this before?": turns a claim into canonical match terms and scores two claims 0..1. Plain Java.
 * <p>
 * Terms: content words (stop words dropped, a light stemmer, synonyms folded: "officers" and "police" are one term,
 * "fewer", "fewest", "lowest" are {@code LOW}, "rose", "increased" are {@code RISE}), places from the gazetteer as
 * {@code p:name} (capitalised in the text), numbers as {@code n:value} (with "million", "bn", "%" applied; qualifiers
 * such as "over" or "almost" before a number are ignored) and years as {@code y:2018}.
 * <p>
 * Two claims are never the same claim when their numbers differ, their specific places (boroughs, forces, local
 * authorities) differ, their broad places (country, region) are both given and disjoint, their years or the groups
 * they are about (Jewish, Muslim, ...) are both given and differ, or one says HIGH where the other says LOW (or RISE against FALL). Otherwise the score is
 * {@code 0.75 * weighted Dice of the content words + 0.25 * trigram similarity of the texts}; generic words
 * (direction, "borough", "share") weigh half. Between two specific places, "X more than Y" equals "Y fewer than X". {@link #THRESHOLD} is where a match is reported.
 */
public final class ClaimMatcher {

    /** Least score reported as "the same claim" (tuned on src/test/resources/matching/pairs.csv). */
    public static final double THRESHOLD = 0.6;

    private static final Pattern TOKEN = Pattern.compile(
            "[£$€]?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:%|per ?cent\\b|percent\\b|million\\b|m\\b|bn\\b|billion\\b|"
                    + "thousand\\b|k\\b))?|[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> STOP = Set.copyOf(List.of(("a an the of in on at to for from by with and or but than that this "
            + "these those is are was were be been being has have had having get gets got getting do does did any "
            + "other every all each it its their there they we our you your he she his her them who which what as "
            + "into about since per cent so such very just only also no none not nor said says say claim claims "
            + "according compared while whereas where when now then across within among between one").split(" ")));
    private static final Set<String> QUALIFIERS = Set.of("over", "above", "almost", "nearly", "about", "around",
            "roughly", "approximately", "under", "below", "just", "some", "up", "more", "less", "fewer", "than",
            "exceeding", "at", "least", "most", "to");
    private static final Map<String, String> SYNONYMS = synonyms();
    private static final Set<String> GENERIC = Set.of("HIGH", "LOW", "RISE", "FALL", "borough", "share", "number",
            "amount", "year", "new", "last", "total", "average", "level", "figure");
    /** Groups a claim is about: two claims about different groups are different claims. */
    private static final Set<String> GROUPS = Set.of("jewish", "muslim", "christian", "hindu", "sikh", "buddhist",
            "white", "black", "asian", "men", "women", "child", "pensioner");
    private static final Map<String, Double> WORD_NUMBERS = Map.of("half", 0.5, "third", 1.0 / 3, "quarter", 0.25,
            "double", 2.0, "doubled", 2.0, "tripled", 3.0, "twice", 2.0);

    /** What the matcher knows of a place: canonical name and whether it is broad (country, region, city). */
    public record PlaceName(String canonical, boolean broad) {
    }

    /** A claim's match terms; {@link #all()} is what the database stores and indexes. */
    public record Terms(Set<String> words, Set<String> places, Set<String> broadPlaces, Set<String> numbers,
                        Set<String> years, String placeOrder, String normalised) {

        public List<String> all() {
            TreeSet<String> all = new TreeSet<>(words);
            if (placeOrder != null) {
                all.add("o:" + placeOrder);
            }
            places.forEach(p -> all.add("p:" + p));
            broadPlaces.forEach(p -> all.add("b:" + p));
            numbers.forEach(n -> all.add("n:" + n));
            years.forEach(y -> all.add("y:" + y));
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
            Set<String> words = new HashSet<>();
            Set<String> places = new HashSet<>();
            Set<String> broad = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            Set<String> years = new HashSet<>();
            String order = null;
            for (String t : stored) {
                if (t.startsWith("o:")) {
                    order = t.substring(2);
                } else if (t.startsWith("p:")) {
                    places.add(t.substring(2));
                } else if (t.startsWith("b:")) {
                    broad.add(t.substring(2));
                } else if (t.startsWith("n:")) {
                    numbers.add(t.substring(2));
                } else if (t.startsWith("y:")) {
                    years.add(t.substring(2));
                } else {
                    words.add(t);
                }
            }
            return new Terms(words, places, broad, numbers, years, order, normalise(text));
        }
    }

    private final Map<String, PlaceName> places;
    private final int longestPlace;

    /** @param places every place name and alias, lower case, to its canonical name and breadth */
    public ClaimMatcher(Map<String, PlaceName> places) {
        this.places = Map.copyOf(places);
        this.longestPlace = places.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    public Terms terms(String text) {
        List<String> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace('’', '\''));
        while (m.find()) {
            raw.add(m.group());
        }
        Set<String> words = new HashSet<>();
        Set<String> specific = new HashSet<>();
        List<String> order = new ArrayList<>();
        Set<String> broad = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> years = new HashSet<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            int placeLength = placeAt(raw, i);
            if (placeLength > 0) {
                PlaceName place = places.get(phrase(raw, i, placeLength));
                String name = place.canonical().replace(' ', '_');
                (place.broad() ? broad : specific).add(name);
                if (!place.broad() && !order.contains(name)) {
                    order.add(name);
                }
                i += placeLength - 1;
                flush(pending, words);
                continue;
            }
            if (Character.isDigit(token.charAt(0)) || "£$€".indexOf(token.charAt(0)) >= 0) {
                String number = number(token);
                if (number.matches("(19|20)\\d\\d") && !token.contains(",")) {
                    years.add(number);
                } else {
                    numbers.add(number);
                }
                pending.removeIf(QUALIFIERS::contains);
                flush(pending, words);
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replaceAll("['-]s?$", "").replace("'s", "");
            Double wordNumber = WORD_NUMBERS.get(lower);
            if (wordNumber != null) {
                numbers.add(plain(BigDecimal.valueOf(wordNumber)));
                continue;
            }
            pending.add(lower);
            if (pending.size() > 3) {
                flush(pending.subList(0, pending.size() - 3), words);
            }
        }
        flush(pending, words);
        String placeOrder = order.size() >= 2 ? String.join(">", order) : null;
        return new Terms(words, specific, broad, numbers, years, placeOrder, normalise(text));
    }

    /** 0..1; 0 when the claims cannot be the same (different numbers, places, years or direction). */
    public double score(Terms a, Terms b) {
        Set<String> bWords = b.words();
        if (a.placeOrder() != null && b.placeOrder() != null && !a.placeOrder().equals(b.placeOrder())) {
            bWords = flipped(bWords); // "X has more than Y" says what "Y has fewer than X" says
        }
        if (!a.numbers().equals(b.numbers()) || !a.places().equals(b.places())
                || disjoint(a.broadPlaces(), b.broadPlaces()) || differ(a.years(), b.years())
                || differ(only(a.words(), GROUPS), only(bWords, GROUPS))
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
        return Math.round((0.75 * dice + 0.25 * trigramSimilarity(a.normalised(), b.normalised())) * 1000) / 1000.0;
    }

    /** Generic words (direction, "borough", "share") count half: what a claim is about counts fully. */
    private static double weight(String word) {
        return GENERIC.contains(word) ? 0.5 : 1;
    }

    private static Set<String> flipped(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.equals("HIGH") ? "LOW" : w.equals("LOW") ? "HIGH" : w);
        }
        return out;
    }

    /** Both given and not the same. */
    private static boolean differ(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
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

    /** pg_trgm-style similarity: shared trigrams of the padded words over all distinct trigrams. */
    static double trigramSimilarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (ta.size() + tb.size() - shared);
    }

    private static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
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

    private static void flush(List<String> pending, Set<String> words) {
        for (String w : pending) {
            String canonical = canonical(w);
            if (canonical != null) {
                words.add(canonical);
            }
        }
        pending.clear();
    }

    static String canonical(String word) {
        if (STOP.contains(word) || word.length() < 2) {
            return null;
        }
        String synonym = SYNONYMS.get(word);
        if (synonym != null) {
            return synonym;
        }
        String stem = stem(word);
        synonym = SYNONYMS.get(stem);
        return synonym != null ? synonym : stem;
    }

    static String stem(String w) {
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

    private static String number(String token) {
        String t = token.toLowerCase(Locale.ROOT).replaceAll("[£$€,\\s]", "");
        Matcher m = Pattern.compile("([\\d.]+)(.*)").matcher(t);
        if (!m.matches()) {
            return t;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            return t;
        }
        String suffix = m.group(2);
        switch (suffix) {
            case "m", "million" -> value = value.multiply(BigDecimal.valueOf(1_000_000));
            case "bn", "billion" -> value = value.multiply(BigDecimal.valueOf(1_000_000_000));
            case "k", "thousand" -> value = value.multiply(BigDecimal.valueOf(1_000));
            default -> {
            }
        }
        return plain(value) + (suffix.startsWith("%") || suffix.startsWith("per") ? "%" : "");
    }

    private static String plain(BigDecimal value) {
        return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> synonyms() {
        Map<String, String> map = new java.util.HashMap<>();
        put(map, "LOW", "fewer fewest less least lowest lower smallest smaller minimum bottom cheapest cheaper cheap");
        put(map, "HIGH", "more most highest higher largest larger biggest bigger greatest greater top maximum");
        put(map, "RISE", "rise rises rose risen increase increased increases grew grown growth soared jumped climbed "
                + "up gained");
        put(map, "FALL", "fall falls fell fallen drop dropped drops decrease decreased decline declined down cut cuts "
                + "slashed reduced lost lose loss shrank");
        put(map, "police", "police officer officers cops cop constables constable policing");
        put(map, "people", "people residents resident population populous inhabitants citizens person");
        put(map, "home", "homes house houses housing dwellings dwelling properties property");
        put(map, "price", "price prices cost costs expensive");
        put(map, "fund", "funding funded money budget budgets grant grants cash spending");
        put(map, "jewish", "jews jewish jew");
        put(map, "muslim", "muslims muslim");
        put(map, "hindu", "hindus hindu");
        put(map, "sikh", "sikhs sikh");
        put(map, "child", "children child kids");
        put(map, "christian", "christians christian");
        put(map, "crime", "crime crimes offences offence");
        put(map, "borough", "borough boroughs council councils authority authorities area areas district districts");
        put(map, "build", "built build building completed completions delivered construction");
        put(map, "share", "proportion share percentage rate");
        put(map, "pay", "pays pay paid receives receive");
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String canonical, String words) {
        for (String w : words.split(" ")) {
            map.put(w, canonical);
        }
    }
}
