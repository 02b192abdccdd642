package org.factcheck.article.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.engine.ClaimPeriod;
import org.factcheck.engine.EngineSettings;
import org.factcheck.engine.NormalisedText;
import org.factcheck.engine.Normaliser;
import org.factcheck.engine.PeriodParser;
import org.factcheck.engine.Quantity;
import org.factcheck.engine.QuantityParser;
import org.factcheck.engine.Unit;

/**
 * Scores how worth checking a claim is, 0..1, as a logistic function of named {@link Feature}s, so that every score
 * can be explained: numbers (the engine's own parser, with ages, times, dates, phone and reference numbers, vote
 * tallies and addresses set aside), comparisons, superlatives, changes, statistical nouns, named places and bodies,
 * time references, past actions of public bodies; opinion, prediction, rhetoric, narrative and vagueness lower it.
 * Thread-safe.
 */
public final class CheckworthinessScorer {

    /** Longest text scored: a claim is a sentence; beyond this only its beginning is read (parsers stay linear). */
    public static final int MAX_TEXT = 1_000;

    /** Log-odds of a sentence with no features at all. */
    public static final double BIAS = -2.2;

    private static final Set<Unit> STRONG_UNITS = EnumSet.of(Unit.GBP, Unit.PERCENT, Unit.PERCENTAGE_POINTS,
            Unit.YEARS);


    /** A scored text. */
    public record Scored(double score, List<FeatureHit> features, List<Quantity> quantities, NormalisedText text) {

        /** True when the text has anything of a claim in it (a figure, comparison, change, statistical noun). */
        public boolean candidate() {
            return features.stream().anyMatch(f -> f.feature().claimLike());
        }

        public boolean has(Feature f) {
            return features.stream().anyMatch(h -> h.feature() == f);
        }
    }

    private final QuantityParser quantities = new QuantityParser(EngineSettings.defaults());
    private final PlaceNames places;

    public CheckworthinessScorer(PlaceNames places) {
        this.places = places == null ? PlaceNames.empty() : places;
    }

    /**
     * Scores a claim.
     *
     * @param text     the claim as written (quotation marks are ignored)
     * @param statedOn when it was published, for relative periods; may be null
     * @param sourced  true when the sentence attributes it to data or a finding ("figures show", "according to")
     */
    public Scored score(String text, LocalDate statedOn, boolean sourced) {
        NormalisedText nt = Normaliser.normalise(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        String s = nt.text().toLowerCase(Locale.ROOT).replace("\"", " ").trim();
        List<FeatureHit> hits = new ArrayList<>();
        List<String> words = PhraseMatcher.words(s);
        List<ClaimPeriod> periods = mayHoldPeriod(s) ? PeriodParser.parse(s, statedOn) : List.of();
        List<int[]> masks = new ArrayList<>();
        for (ClaimPeriod p : periods) {
            masks.add(new int[] {p.start(), p.end()});
        }
        Matcher nq = Cues.NOT_QUANTITIES.matcher(s);
        while (nq.find()) {
            masks.add(new int[] {nq.start(), nq.end()});
        }
        List<Quantity> qs = quantities.parse(s, masks);
        Quantity strong = null;
        Quantity small = null;
        for (Quantity q : qs) {
            if (strong(q, s)) {
                strong = strong == null ? q : strong;
            } else if (small == null) {
                small = q;
            }
        }
        if (strong != null) {
            hits.add(hit(Feature.NUMBER, strong.text()));
        } else if (small != null) {
            hits.add(hit(Feature.SMALL_NUMBER, small.text()));
        } else if (!first(Cues.VAGUE_MAGNITUDE, words, Feature.SMALL_NUMBER, hits)) {
            first(Cues.NEAR_TOTAL, s, Feature.SMALL_NUMBER, hits);
        }
        first(Cues.COMPARISON, s, Feature.COMPARISON, hits);
        first(Cues.SUPERLATIVE, PhraseMatcher.words(Cues.NOT_SUPERLATIVE.matcher(s).replaceAll(" ")),
                Feature.SUPERLATIVE, hits);
        first(Cues.CHANGE, PhraseMatcher.words(Cues.NOT_A_CHANGE.matcher(s).replaceAll(" ")), Feature.CHANGE, hits);
        statistical(words, hits);
        placeOrBody(nt.text(), s, hits);
        if (!periods.isEmpty()) {
            hits.add(hit(Feature.TIME_REFERENCE, periods.get(0).label()));
        } else {
            first(Cues.TIME, s, Feature.TIME_REFERENCE, hits);
        }
        if (Cues.BODY_WORD.first(words) != null || has(hits, Feature.NAMED_PLACE_OR_BODY)) {
            first(Cues.POLICY_ACTION, words, Feature.POLICY_ACTION, hits);
        }
        if (sourced) {
            hits.add(hit(Feature.SOURCE, "attributed to data or a finding"));
        } else {
            first(Cues.SOURCE, s, Feature.SOURCE, hits);
        }
        accumulate(Cues.OPINION.all(words, 3), Feature.OPINION, hits);
        String mainClause = Cues.NOT_A_PREDICTION.matcher(Cues.RELATIVE.matcher(s).replaceFirst("")).replaceAll(" ");
        Matcher may = Cues.MODAL_MAY.matcher(Cues.RELATIVE.matcher(nt.text()).replaceFirst(""));
        if (!first(Cues.PREDICTION, PhraseMatcher.words(mainClause), Feature.PREDICTION, hits)
                && !first(Cues.CONDITION, mainClause, Feature.PREDICTION, hits) && may.find()) {
            hits.add(hit(Feature.PREDICTION, "may"));
        }
        first(Cues.RHETORIC, s, Feature.RHETORIC, hits);
        List<String> narrative = Cues.NARRATIVE.all(words, 3);
        Matcher tally = Cues.VOTE_TALLY.matcher(s);
        if (narrative.size() < 3 && tally.find()) {
            narrative.add(tally.group());
        }
        accumulate(narrative, Feature.NARRATIVE, hits);
        if (!has(hits, Feature.NUMBER) && !has(hits, Feature.SMALL_NUMBER) && !has(hits, Feature.COMPARISON)
                && !has(hits, Feature.SUPERLATIVE)) {
            first(Cues.VAGUE, words, Feature.VAGUE, hits);
        }
        if (words.size() < 4) {
            hits.add(hit(Feature.SHORT, s));
        }
        double z = BIAS;
        for (FeatureHit h : hits) {
            z += h.weight();
        }
        double score = Math.round(1000.0 / (1.0 + Math.exp(-z))) / 1000.0;
        return new Scored(score, List.copyOf(hits), qs, nt);
    }

    /** Periods need a digit or a year word; most sentences have neither, and parsing them costs. */
    static boolean mayHoldPeriod(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return true;
            }
        }
        return lower.contains("year") || lower.contains("decade");
    }

    private static boolean strong(Quantity q, String s) {
        if (STRONG_UNITS.contains(q.unit()) || q.per() != null || q.changeWord()) {
            return true;
        }
        if (q.unit() == Unit.MULTIPLE) {
            return s.substring(q.end()).matches("^\\s?(?:as|the|more|higher|bigger|larger|greater|over)\\b.*");
        }
        return q.value().abs().compareTo(BigDecimal.TEN) >= 0 || q.value().scale() > 0;
    }

    private static void statistical(List<String> words, List<FeatureHit> hits) {
        List<String> found = Cues.STATISTICAL.all(words, 10);
        if (!found.isEmpty()) {
            double w = Feature.STATISTICAL_NOUN.weight() + (found.size() > 1 ? 0.3 : 0);
            hits.add(new FeatureHit(Feature.STATISTICAL_NOUN, String.join(", ", found), round(w)));
        }
    }

    private void placeOrBody(String original, String lower, List<FeatureHit> hits) {
        List<PlaceNames.Match> found = places.find(original);
        if (!found.isEmpty()) {
            hits.add(hit(Feature.NAMED_PLACE_OR_BODY, original.substring(found.get(0).start(), found.get(0).end())));
            return;
        }
        for (String b : Lexicon.BODIES) {
            int i = original.indexOf(b);
            int end = i + b.length();
            if (i >= 0 && (end == original.length() || !Character.isLetter(original.charAt(end)))) {
                hits.add(hit(Feature.NAMED_PLACE_OR_BODY, b));
                return;
            }
        }
        if (!first(Cues.NAMED_BODY, original, Feature.NAMED_PLACE_OR_BODY, hits)
                && !first(Cues.NATION, original, Feature.NAMED_PLACE_OR_BODY, hits)) {
            first(Cues.GENERIC_BODY, lower, Feature.NAMED_PLACE_OR_BODY, hits);
        }
    }

    /** A negative feature that weighs more, up to a cap, the more often it shows: each further hit adds -0.5. */
    private static void accumulate(List<String> found, Feature f, List<FeatureHit> hits) {
        if (!found.isEmpty()) {
            double w = Math.max(f.weight() - 1.0, f.weight() - 0.5 * (found.size() - 1));
            hits.add(new FeatureHit(f, String.join(", ", found), round(w)));
        }
    }

    private static boolean first(Pattern p, String s, Feature f, List<FeatureHit> hits) {
        Matcher m = p.matcher(s);
        if (m.find()) {
            hits.add(hit(f, m.group().trim()));
            return true;
        }
        return false;
    }

    private static boolean first(PhraseMatcher m, List<String> words, Feature f, List<FeatureHit> hits) {
        String found = m.first(words);
        if (found != null) {
            hits.add(hit(f, found));
            return true;
        }
        return false;
    }

    private static boolean has(List<FeatureHit> hits, Feature f) {
        return hits.stream().anyMatch(h -> h.feature() == f);
    }

    private static FeatureHit hit(Feature f, String evidence) {
        return new FeatureHit(f, evidence, f.weight());
    }

    private static double round(double w) {
        return Math.round(w * 100) / 100.0;
    }
}
