package org.factcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how well a stored metric name fits the measure a claim talks about, from words: stems, synonyms
 * ("officers" -> police officers, "sleeping rough" -> rough sleeping, "cut" -> funding) and how specific each word
 * is. The score is 0..1; a metric that shares no specific word with a claim that has one scores 0.
 */
final class MetricMatcher {

    /** Words that carry no measure meaning in a claim or a metric name. */
    private static final Set<String> STOP = set("the", "a", "an", "of", "in", "on", "at", "to", "for", "by",
            "and", "or", "but", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "it", "its", "their", "they", "them", "this", "that", "these", "those", "there", "than",
            "which", "who", "whom", "what", "any", "other", "all", "every", "each", "only", "just", "now", "still",
            "also", "more", "most", "less", "least", "fewer", "fewest", "over", "under", "about", "around", "some",
            "almost", "nearly", "up", "down", "into", "out", "per", "cent", "whole", "figure", "level", "levels",
            "stood", "stand", "stands", "got", "get", "gets", "getting", "pays", "pay_", "did", "does", "do", "not",
            "no", "so", "same", "then", "time", "times", "year", "years", "month", "months", "according", "census",
            "highest", "lowest", "largest", "smallest", "biggest", "greatest", "top", "bottom", "ranked", "rank",
            "second", "third", "fourth", "fifth", "place", "higher", "lower", "larger", "smaller", "bigger",
            "rose", "risen", "rise", "rising", "increase", "increased", "grew", "grown", "fell", "fallen", "fall",
            "falling", "dropped", "drop", "declined", "decline", "gone", "went", "go", "compared", "while", "whereas",
            "home_", "measured", "being", "led", "lead", "has", "there", "here", "saw", "see", "say", "said",
            "says", "real", "terms", "term", "nation", "country", "national", "area", "areas", "borough",
            "boroughs", "local", "authority", "authorities", "force", "forces", "region",
            "regions", "english", "towards", "toward", "incl", "including", "excluding", "etc", "e", "g", "s", "m", "bn", "k", "new_",
            "double", "doubled", "twice", "tripled", "halved", "average_", "figures", "number", "numbers", "amount",
            "total_", "been", "recorded_", "counted", "count_", "stood", "reached", "record", "high", "low",
            "many", "much", "lot", "lots", "has", "having", "will", "would", "could", "should", "may", "might",
            "can", "we", "our", "i", "my", "you", "your", "he", "she", "his", "her", "us", "one", "two", "three",
            "worked", "served", "serving", "working", "employed_", "home to", "put", "together", "rest", "still",
            "best", "worst", "better", "worse", "due", "worth", "set", "coming", "gets", "receive", "received",
            "receives", "stood", "expected_", "around", "roughly", "approximately", "nearly", "just", "exactly",
            "between", "since", "during", "until", "last", "past", "ago", "for_", "cut_", "lost_", "lose_", "across",
            "receiving", "getting", "going", "went", "told", "said", "found", "find", "finds", "showed", "show",
            "shows", "according", "went", "today", "currently", "even", "today's", "extra", "additional", "nationally",
            "added", "adding", "nowhere", "anywhere", "else", "elsewhere", "likely", "unlikely", "neighbouring", "made", "make", "makes", "making");

    /** Words that say little on their own: they count half. */
    private static final Set<String> GENERIC = set("police", "population", "share", "rate", "people",
            "person", "annual", "total", "average", "london", "england", "wale", "count", "all",
            "proportion", "percentage", "value", "estimate", "number", "level", "seen", "recorded", "gross", "net",
            "median", "homes", "home", "during", "year", "funding", "change");

    /** Words in metric names that carry no meaning for matching (sources, vintages, methods). */
    private static final Set<String> NOISE = set("metropolitan", "hectare", "census", "fte", "cash", "nao", "gla", "ons", "uk", "hpi",
            "provisional", "reported", "headcount", "snapshot", "statutory", "2011", "2015", "2018", "2014",
            "2013", "dc2107ew", "mhclg", "e", "g", "as", "chain", "mix", "adjusted");

    /** Words that narrow a measure to a part of it: a claim using one is not about the whole measure. */
    private static final Set<String> SUBTYPES = set("knife", "gun", "violent", "violence", "sexual", "burglary",
            "robbery", "theft", "drug", "hate", "antisocial", "anti-social", "fraud", "murder", "homicide", "stabbing",
            "shoplifting", "vehicle", "domestic", "youth", "private", "detached", "terraced", "flat", "new-build",
            "first-time", "special", "firearm", "acid", "moped", "male", "female");

    private static final Pattern PCC = Pattern.compile(
            "\\bpolice and crime commissioners?(?:'s)?|\\bpccs?\\b|\\bpolice and crime commissioner's\\b");

    /**
     * Wordings rewritten to the words stored metric names use, before anything else: ways of saying a measure that
     * share no word with its name ("can expect to live" is life expectancy, "home sales" are houses sold), and
     * qualifiers the store treats as noise ("full-time equivalent": officer counts are stored as FTE).
     */
    private static final Map<Pattern, String> REWRITES = new LinkedHashMap<>();

    static {
        rewrite("full[- ]time[- ]equivalents?|\\bftes?", " ");
        rewrite("(?:can|could|would|will|should|may|might)?\\s*(?:be )?expect(?:ed|s)? to live(?: to| for| until)?"
                + "|(?:lives?|life) expectancy", " life expectancy ");
        rewrite("core (?:central )?(?:government|home office|police) (?:police )?grants?", " core grant ");
        rewrite("mid-?year (?:population )?estimates?", " population ");
        rewrite("(?:home|house|property|housing) sales|sales of (?:homes|houses|properties)"
                + "|(?:(?:homes|houses|properties|flats)(?: that| which)? )?changed hands", " houses sold ");
        rewrite("bed(?:ding|ded|s)? down|sleeping out|on (?:the |\\S+'s )?streets", " sleeping rough ");
        rewrite("hindus", " hindu ");
        rewrite("band d(?: homes?| propert(?:y|ies)| bills?| charges?)?", " band d council tax charge ");
        rewrite("city hall|the mayor's office|greater london authority", " mayor gla ");
        // who published the figure is not what it measures: "according to the GLA's 2017 estimates", "ONS figures
        // for 2016 show" (the period is read from the whole text, not from these words)
        String publisher = "(?:according to |say |says |said )?(?:the )?(?:latest |new |official |recent )?(?:gla|ons"
                + "|office for national statistics|home office|land registry|government|council|census)(?:'s)?"
                + "(?: \\d{4}(?:/\\d{2})?)?";
        rewrite(publisher + " (?:mid-?year )?population (?:estimates?|figures?|data|statistics)", " population ");
        rewrite(publisher + " (?:estimates?|figures?|data|statistics|stats|numbers)(?: (?:for|from|in) \\d{4}"
                + "(?:/\\d{2})?)?(?: (?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed))?", " ");
        // "Barnet is home to 390,000 people": the people are counted, not homes
        rewrite("(?:is|was|are|were|now) home to", " ");
        rewrite("classed as|classified as|counted as|considered", " ");
        // "the oldest population", "younger residents": the average age, not the population count
        rewrite("(oldest|youngest|older|younger) (?:populations?|residents|people|inhabitants)", " $1 ");
        // a force's size is its officers: "the second biggest force", "the smallest police force in England"
        rewrite("(biggest|largest|smallest|bigger|larger|smaller) (?:police )?forces?", " $1 police officers ");
        // "police numbers", "the number of police": officers, not a figure published by the police (recorded crimes)
        rewrite("police (?:numbers|strength|headcount)|numbers? of police(?! (?:officers?|staff|community|stations?))",
                " police officers ");
        rewrite("men(?:'s)?", " male ");
        rewrite("women(?:'s)?", " female ");
    }

    private static void rewrite(String regex, String replacement) {
        REWRITES.put(Pattern.compile("\\b(?:" + regex + ")\\b"), replacement);
    }

    /** The claim phrase with known wordings rewritten to the store's words. */
    static String rewritten(String lowPhrase) {
        String out = lowPhrase;
        for (Map.Entry<Pattern, String> e : REWRITES.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out.replaceAll("\\s+", " ").trim();
    }

    /** The phrase without function words: what a metric phrase should say. */
    static String contentWords(String lowPhrase) {
        StringBuilder b = new StringBuilder();
        for (String w : rewritten(lowPhrase).split(" ")) {
            String bare = w.replaceAll("'s$", "");
            boolean noReligion = bare.equals("no") && lowPhrase.matches(".*\\bno religio.*");
            if (!bare.isEmpty() && (!STOP.contains(bare) || noReligion) && bare.matches(".*[a-z0-9%].*")) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    private static final Map<String, String[]> SYNONYMS = new LinkedHashMap<>();
    private static final Map<Pattern, String[]> PHRASES = new LinkedHashMap<>();

    static {
        syn("officer", "officer", "police");
        syn("cop", "officer", "police");
        syn("copper", "officer", "police");
        syn("bobby", "officer", "police");
        syn("bobbie", "officer", "police");
        syn("policeman", "officer", "police");
        syn("policemen", "officer", "police");
        syn("constable", "officer", "police");
        syn("constabulary", "constabulary");
        syn("pcso", "community", "support", "officer");
        syn("civilian", "staff");
        syn("privately", "private", "landlord");
        syn("landlord", "landlord", "private");
        syn("policing", "police", "workforce");
        syn("workforce", "workforce");
        syn("jew", "jewish");
        syn("islam", "muslim");
        syn("atheist", "religion");
        syn("londoner", "population", "resident");
        syn("inhabitant", "population", "resident");
        syn("people", "people", "population", "resident");
        syn("resident", "population", "resident", "people"); // "more residents": the population counts them
        syn("populace", "population");
        syn("proportion", "share");
        syn("percentage", "share");
        syn("fraction", "share");
        syn("%", "share");
        syn("house", "house", "home", "dwelling");
        syn("home", "home", "house", "dwelling");
        syn("dwelling", "dwelling", "home");
        syn("property", "house", "home", "dwelling");
        syn("flat", "home", "dwelling");
        syn("cost", "price");
        syn("costs", "price");
        syn("sold", "sold", "sale");
        syn("sale", "sold", "sale");
        syn("sell", "sold", "sale");
        syn("crime", "crime", "offence");
        syn("offence", "crime", "offence");
        syn("offense", "crime", "offence");
        syn("criminal", "crime");
        syn("sleeper", "sleeping", "rough");
        syn("homeless", "rough", "sleeping", "homelessness", "temporary", "accommodation");
        syn("homelessness", "homelessness", "temporary", "accommodation", "rough", "sleeping");
        syn("fund", "funding", "grant", "budget");
        syn("funded", "funding", "grant");
        syn("money", "funding", "budget", "grant");
        syn("grant", "grant", "funding");
        syn("budget", "budget", "funding");
        syn("spending", "budget", "funding");
        syn("finance", "funding", "budget");
        syn("cut", "funding", "reduction");
        syn("cuts", "funding", "reduction");
        syn("saving", "saving");
        syn("salary", "salary", "pay");
        syn("salarie", "salary", "pay");
        syn("earning", "salary", "pay", "income");
        syn("earn", "salary", "pay", "income");
        syn("wage", "salary", "pay");
        syn("paid", "pay", "salary");
        syn("pay", "pay", "salary");
        syn("income", "income", "pay");
        syn("job", "job");
        syn("unemployed", "unemployment");
        syn("jobless", "unemployment");
        syn("employed", "employment");
        syn("recycle", "recycling");
        syn("recycled", "recycling");
        syn("obese", "obesity");
        syn("overweight", "obesity");
        syn("exam", "gcse", "pupil");
        syn("gcse", "gcse", "pupil");
        syn("school", "pupil");
        syn("claimant", "claiming", "benefit");
        syn("benefit", "benefit", "claiming");
        syn("disabled", "disability");
        syn("graduate", "degree");
        syn("cyclist", "cycle");
        syn("cycling", "cycle");
        syn("volunteering", "volunteered");
        syn("volunteer", "volunteered");
        syn("park", "greenspace");
        syn("immigrant", "born", "abroad", "migration");
        syn("migrant", "born", "abroad", "migration");
        syn("foreigner", "born", "abroad");
        syn("business", "business");
        syn("firm", "business");
        syn("company", "business");
        syn("companie", "business");
        syn("car", "car");
        syn("fire", "fire");
        syn("pensioner", "aged", "65");
        syn("elderly", "aged", "65");
        syn("child", "children", "childhood");
        syn("children", "children", "childhood");
        syn("populous", "population");
        syn("oldest", "age", "average");
        syn("youngest", "age", "average");
        syn("older", "age", "average");
        syn("younger", "age", "average");
        syn("kid", "children", "childhood");
        syn("turnout", "turnout");
        syn("voter", "turnout");
        syn("seat", "seat", "won");
        syn("affordable", "affordable");
        syn("precept", "precept");
        syn("expensive", "house", "price");
        syn("charged", "charge");
        syn("bill", "charge");
        syn("started", "start");
        syn("starting", "start");
        syn("charging", "charge");
        syn("slept", "sleeping", "rough");
        syn("pricey", "house", "price");
        syn("costly", "house", "price");
        syn("cheap", "house", "price");
        syn("cheaper", "house", "price");
        syn("dearer", "house", "price");
        syn("pricier", "house", "price");
        syn("costlier", "house", "price");
        syn("cheapest", "house", "price");
        syn("dearest", "house", "price");
        syn("priciest", "house", "price");
        syn("own", "owned", "ownership");
        syn("dense", "density");
        syn("densely", "density");
        syn("crowded", "density");
        syn("populated", "population", "density");
        syn("live", "population", "resident");
        syn("lived", "population", "resident");
        syn("living", "population", "resident");
        syn("man", "male");
        syn("men", "male");
        syn("male", "male");
        syn("woman", "female");
        syn("women", "female");
        syn("female", "female");
        syn("longest", "life", "expectancy");
        syn("muslim", "muslim");
        syn("hindu", "hindu");
        syn("hindus", "hindu");
        syn("sikh", "sikh");
        syn("christian", "christian");
        syn("buddhist", "buddhist");
        syn("life", "life", "expectancy");
        syn("expectancy", "life", "expectancy");
        phrase("sleeping rough|slept rough|sleeps? rough|rough sleep\\w*|on the streets?|street homeless\\w*", "rough", "sleeping");
        phrase("life expectancy|live longer|expected to live", "life", "expectancy");
        phrase("born (?:abroad|overseas|outside)|foreign[- ]born", "born", "abroad");
        phrase("council tax", "council", "tax");
        phrase("temporary accommodation|temporary housing", "temporary", "accommodation");
        phrase("waiting lists?", "waiting", "list");
        phrase("no religion|non-religious|not religious", "no", "religion");
        phrase("community support officers?|pcsos?", "community", "support");
        phrase("crime rate|rate of crime|crimes? (?:for every|per)", "crime", "rate");
        phrase("worked in policing|police workforce|police workers|police employees", "workforce");
        phrase("social rent\\w*", "social", "rent");
        phrase("council (?:or|and) housing association|housing associations?|council hous\\w*|social hous\\w*"
                + "|council homes?|council flats?|council tenants?", "rented", "housing", "association", "social");
        phrase("first language|main language", "language");
        phrase("out[- ]of[- ]work", "out", "work");
        phrase("green ?space", "greenspace");
        phrase("house prices?|home prices?|property prices?|price of a (?:home|house)", "house", "price");
        phrase("police staff", "staff");
        phrase("special constables?|specials", "special", "constabulary");
        phrase("recorded crimes?", "crime");
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    private static void syn(String claimStem, String... metricStems) {
        SYNONYMS.put(claimStem, metricStems);
    }

    private static void phrase(String regex, String... metricStems) {
        PHRASES.put(Pattern.compile("\\b(?:" + regex + ")\\b"), metricStems);
    }

    /** The measure words of a claim phrase, stemmed and expanded with synonyms. */
    record ClaimTerms(Set<String> own, Set<String> expanded, List<Set<String>> concepts) {

        boolean isEmpty() {
            return own.isEmpty();
        }

        String query() {
            return String.join(" ", expanded);
        }
    }

    static ClaimTerms terms(String phrase) {
        String low = rewritten(phrase.toLowerCase(Locale.ROOT));
        Set<String> own = new LinkedHashSet<>();
        Set<String> expanded = new LinkedHashSet<>();
        List<Set<String>> concepts = new ArrayList<>();
        for (Map.Entry<Pattern, String[]> e : PHRASES.entrySet()) {
            Matcher m = e.getKey().matcher(low);
            if (m.find()) {
                concepts.add(Set.of(e.getValue()));
                for (String s : e.getValue()) {
                    expanded.add(s);
                    own.add(s);
                }
            }
        }
        for (String w : words(low)) {
            String st = stem(w);
            if (STOP.contains(w) || STOP.contains(st) || st.length() < 2 && !st.equals("%")) {
                continue;
            }
            own.add(st);
            expanded.add(st);
            String[] syn = SYNONYMS.get(st);
            if (syn == null) {
                syn = SYNONYMS.get(w);
            }
            if (syn != null) {
                for (String s : syn) {
                    expanded.add(s);
                }
            }
        }
        return new ClaimTerms(own, expanded, concepts);
    }

    /**
     * How well the metric fits the claim's terms, 0..1: the weighted share of the metric's words the claim covers,
     * blended with the weighted share of the claim's words the metric covers.
     */
    static double score(ClaimTerms claim, String metric) {
        List<String> metricWords = metricWords(metric).scored();
        if (metricWords.isEmpty() || claim.isEmpty()) {
            return 0;
        }
        double metricTotal = 0;
        double metricHit = 0;
        boolean specificHit = false;
        boolean claimSpecificHit = false;
        for (String w : metricWords) {
            double weight = weight(w);
            metricTotal += weight;
            if (claim.expanded().contains(w)) {
                metricHit += weight;
                if (weight >= 1) {
                    specificHit = true;
                }
            }
        }
        double claimTotal = 0;
        double claimHit = 0;
        boolean claimHasSpecific = false;
        int explained = 0;
        int unexplained = 0;
        for (String w : claim.own()) {
            double weight = weight(w);
            if (w.equals("%")) {
                continue;
            }
            claimTotal += weight;
            claimHasSpecific |= weight >= 1;
            String[] syn = SYNONYMS.get(w);
            boolean hit = metricWords.contains(w);
            if (!hit && syn != null) {
                for (String s : syn) {
                    hit |= metricWords.contains(s);
                }
            }
            boolean specific = metricWords.contains(w) && weight >= 1;
            if (!specific && syn != null) {
                for (String x : syn) {
                    specific |= metricWords.contains(x) && weight(x) >= 1;
                }
                // a specific word found through its first synonym ("lived" -> population) is a specific hit
                specific |= weight >= 1 && metricWords.contains(syn[0]);
            }
            if (hit) {
                claimHit += weight;
                claimSpecificHit |= specific;
            }
            if (weight >= 1) {
                if (hit) {
                    explained++;
                } else {
                    unexplained++;
                }
            }
        }
        if (metricHit == 0 || claimHasSpecific && !specificHit && !claimSpecificHit) {
            return 0;
        }
        if (unexplained >= 3 && unexplained > 2 * explained) {
            // "patients at Northwick Park hospital wait longer in A&E": one word ("park") found in a metric
            // (green space) leaves the claim's subject unexplained; that is another statistic, not this one
            return 0;
        }
        double metricCover = metricHit / metricTotal;
        double claimCover = claimTotal == 0 ? 0 : claimHit / claimTotal;
        double score = 0.55 * metricCover + 0.45 * claimCover;
        for (String own : claim.own()) {
            if (SUBTYPES.contains(own) && !metricWords.contains(own)) {
                score *= 0.3; // knife crime is not all crime
            }
        }
        for (Set<String> concept : claim.concepts()) {
            if (concept.stream().noneMatch(metricWords::contains)) {
                score *= 0.3; // "temporary accommodation" is not "households"
            }
        }
        return score;
    }

    /**
     * Whether every specific word of the noun phrase a number counts ("11 Jewish candidates") is in the metric,
     * directly or through a synonym: a count of candidates is not a count of Jewish residents.
     */
    static boolean countsWhatMetricCounts(List<String> counted, String metric) {
        Set<String> metricWords = metricWords(metric).all();
        for (String w : words(rewritten(String.join(" ", counted).toLowerCase(Locale.ROOT)))) {
            String st = stem(w);
            if (STOP.contains(w) || STOP.contains(st) || GENERIC.contains(st)) {
                continue;
            }
            boolean hit = metricWords.contains(st);
            String[] syn = SYNONYMS.get(st);
            if (!hit && syn != null) {
                for (String x : syn) {
                    hit |= metricWords.contains(x);
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** Whether the terms have a word that says something on its own (not "average", "people", "rate"). */
    static boolean hasSpecific(ClaimTerms t) {
        return t != null && t.own().stream().anyMatch(w -> !w.equals("%") && weight(w) >= 1);
    }

    private static double weight(String stem) {
        return GENERIC.contains(stem) ? 0.5 : 1.0;
    }

    /**
     * A stored metric name's stems: {@code scored} in order without repeats, leaving out stop words (but "no"),
     * noise and numbers (but 65), as {@link #score} weighs them; {@code all} of them, as
     * {@link #countsWhatMetricCounts} looks them up.
     */
    record MetricWords(List<String> scored, Set<String> all) {
    }

    /** Metric names are few (a few hundred in a store) and checked for every candidate: their stems are kept. */
    private static final Map<String, MetricWords> METRIC_WORDS = new ConcurrentHashMap<>();
    private static final int METRIC_WORDS_MAX = 20_000;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("[a-z0-9%]+(?:'[a-z]+)?");

    static MetricWords metricWords(String metric) {
        MetricWords known = METRIC_WORDS.get(metric);
        if (known != null) {
            return known;
        }
        List<String> scored = new ArrayList<>();
        Set<String> all = new java.util.HashSet<>();
        for (String w : words(metric.toLowerCase(Locale.ROOT))) {
            String st = stem(w);
            all.add(st);
            if (STOP.contains(w) && !st.equals("no") || NOISE.contains(st) || DIGITS.matcher(st).matches()
                    && !st.equals("65")) {
                continue;
            }
            if (!scored.contains(st)) {
                scored.add(st);
            }
        }
        MetricWords made = new MetricWords(List.copyOf(scored), Set.copyOf(all));
        if (METRIC_WORDS.size() >= METRIC_WORDS_MAX) {
            METRIC_WORDS.clear(); // a bound, not an eviction policy: real stores stay far below it
        }
        METRIC_WORDS.put(metric, made);
        return made;
    }

    static List<String> words(String lowText) {
        String low = PCC.matcher(lowText).replaceAll("pcc");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(low);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            out.add(w);
        }
        return out;
    }

    /** A light English stemmer: plurals and a few endings, enough to match claim words to metric names. */
    static String stem(String w) {
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
