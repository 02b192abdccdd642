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

    /** Log-odds of a sentence with no features at all. */
    public static final double BIAS = -2.2;

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String SMALL_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|\\d+)";
    private static final Pattern NOT_QUANTITIES = Pattern.compile(String.join("|",
            "\\b\\d{1,3}[- ]years?[- ]olds?\\b", "\\baged \\d{1,3}(?:\\s*(?:,|and|or|to|-)\\s*\\d{1,3})*\\b",
            "\\b(?:under|over)-\\d{1,2}s\\b", "\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])",
            "\\bat \\d{1,2}[.:]\\d{2}\\b", "\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b",
            "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b",
            "\\b(?:call|ring|phone|dial|text|on)\\s+\\d{3}(?:\\s?\\d{3,})*\\b",
            "\\b(?:cad|ref|reference|crime reference|case number|quoting)\\s*(?:number\\s*)?[\\w/-]*\\d[\\w/-]*",
            "\\bno\\.?\\s?\\d+\\b", "\\b\\d+[a-z]?\\s+[a-z]+\\s+(?:road|street|avenue|lane|close|way|gardens|court"
                    + "|place|square|drive|crescent|terrace|grove)\\b",
            "\\b" + SMALL_WORD + "[- ](?:hour|day|week|month|minute|mile|storey|bed|bedroom|seat|year|point)\\b(?! (?:rise|fall|increase|cut|lead))",
            "\\b(?:route|bus|line|junction|section|article|clause|ward|flat|room|platform|gate|page|chapter|tier"
                    + "|key stage|covid|year)[- ]?\\d+\\b",
            "\\b(?:by )?\\d+ votes? to \\d+\\b", "\\b\\d+-\\d+ (?:vote|win|defeat|draw)\\b"));
    private static final Pattern STATISTICAL = Pattern.compile("\\b(?:proportion|share|rates?|percentage|average|median"
            + "|total|number of|numbers|figures?|statistics|data|census|population|residents|households?|homes"
            + "|houses|housing|dwellings|properties|rents?|prices?|budgets?|funding|spending|spend|grants?|income"
            + "|salary|salaries|pay|wages?|earnings|council tax|precept|bills?|costs?|savings|deficit|debt|reserves"
            + "|investment|officers|staff|workforce|jobs|unemployment|employment|crimes?|offences|arrests|victims"
            + "|deaths|patients|beds|waiting lists?|waiting times?|a&e|nurses|doctors|pupils|schools|students"
            + "|life expectancy|obesity|recycling|waste|rough sleep\\w*|homeless\\w*|temporary accommodation"
            + "|turnout|seats|votes|candidates|councillors|per head|per capita|businesses|firms|settlement"
            + "|libraries|poverty|viewings|buyers|sales|flats|violence|robber(?:y|ies)|burglar(?:y|ies)|shoplifting"
            + "|knife crime|assaults?|thefts?)\\b");
    private static final Pattern COMPARISON = Pattern.compile(String.join("|",
            "\\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|greater|cheaper|dearer|faster|slower|longer"
                    + "|shorter|older|younger|worse|better|richer|poorer|steeper|wider|narrower)\\b[^.;]{0,60}?\\bthan"
                    + "\\b(?!\\s+(?:£|\\$|€)?\\d)(?!\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half"
                    + "|doubled?)\\b)",
            "\\b(?:above|below|under|over) (?:the )?(?:national |london |england |regional |uk |english |capital's "
                    + "|borough |england's )?(?:average|figure|rate|level|target)\\b",
            "\\bcompared (?:with|to)\\b", "\\b(?:twice|double|treble|triple|half|\\w+ times) (?:as|the)\\b",
            "\\b(?:far|much|even|significantly|considerably|slightly|substantially|markedly) (?:more|less|fewer|\\w{3,}er)\\b",
            "\\bexceed\\w*|\\boutnumber\\w*|\\bahead of\\b|\\bthe gap\\b|\\bequivalent to\\b|\\bthe same as\\b"));
    private static final Pattern SUPERLATIVE = Pattern.compile(String.join("|",
            "\\b(?:highest|lowest|largest|biggest|greatest|smallest|fewest|worst|best|poorest|richest|cheapest"
                    + "|dearest|fastest|slowest|longest|shortest|oldest|youngest|deadliest|busiest|steepest"
                    + "|sharpest|heaviest|strongest|weakest)\\b",
            "\\bthe most\\b(?! of)", "\\bthe least\\b(?! of)", "\\brecord (?:high|low|levels?|numbers?|amounts?|sums?)\\b",
            "\\brecord-\\w+", "\\bfirst time\\b", "\\bthan any(?:where)?\\b", "\\bthan anywhere\\b", "\\bno other\\b",
            "\\bin (?:decades|a generation|history|living memory)\\b", "\\bone of the most\\b"));
    private static final Pattern NOT_SUPERLATIVE = Pattern.compile(
            "\\bat (?:least|most|best|worst)\\b|\\bmost of\\b|\\bbest placed\\b|\\b(?:its|their|our|his|her|my) best\\b"
                    + "|\\bbest interests?\\b");
    private static final Pattern CHANGE = Pattern.compile("\\b(?:rose|risen|rise|rises|rising|increased?|increases"
            + "|increasing|grew|grown|growth|fell|fallen|falls|falling|dropped|drops?|declined?|declines|declining"
            + "|decreased?|decreases|cut|cuts|slashed|halved|doubled|tripled|trebled|soared|surged|jumped|plummeted"
            + "|plunged|shrunk|shrank|shrinking|reduced|reduction|reductions|lost|losing|loses|gained|climbed"
            + "|spiralled|rocketed|went up|gone up|went down|gone down|up by|down by|barely moved|unchanged"
            + "|has led to|have led to|led to|resulted in|caused|causing|hit harder|shed|frozen|froze|disappearing"
            + "|vanishing|dwindling|shrinks|evaporat\\w+|collaps\\w+|slumped|dipped|tumbled|ballooned|spiked|surging"
            + "|soaring|plunging|sinking|gone from|went from)\\b");
    private static final Pattern NOT_A_CHANGE = Pattern.compile(
            "\\b(?:lost|lose|losing) (?:control|the argument|touch|faith|sight|their way|the plot)\\b"
                    + "|\\bat risk of \\w+\\b");
    private static final Pattern BODY_WORD = Pattern.compile("\\b(?:government|ministers?|department|council|mayor"
            + "|authority|tor(?:y|ies)|labour|conservatives?|administration|nhs|police|met|home office|trust)\\b");
    private static final Pattern POLICY_ACTION = Pattern.compile("\\b(?:changed|introduced|abolished|scrapped"
            + "|closed|sold(?: off)?|built|opened|axed|raised|put up|spent|invested|approved|passed|brought in"
            + "|privatised|outsourced|merged|launched|removed|withdrew|cancelled|delivered|started|completed"
            + "|protected|hollowed out)\\b");
    private static final Pattern TIME = Pattern.compile("\\b(?:since|over the (?:past|last)|in the (?:past|last)"
            + "|last (?:year|month|week|decade|autumn|spring|summer|winter)|this year|a year earlier|years? earlier"
            + "|years? ago|a decade|decades?|in " + MONTH + "|(?:19|20)\\d\\d)\\b");
    private static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:(?:the|a|this|that) (?:[a-z]+ )?government"
            + "|ministers|the council|councils"
            + "|the met|the nhs|police forces?|forces|the mayor|whitehall|the department|the ministry)\\b");
    private static final Pattern NAMED_BODY = Pattern.compile(
            "\\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Council|Police|Constabulary|Trust|Hospital|Borough|Authority"
                    + "|Committee|Assembly|Party)\\b");
    private static final Pattern NATION = Pattern.compile("\\b(?:Britain|Great Britain|the UK|UK|England|Scotland"
            + "|Wales|Northern Ireland|Europe|the EU)\\b");
    private static final Pattern SOURCE = Pattern.compile("\\b(?:according to|figures (?:show|showed|published"
            + "|released|from)|data (?:show|from|published)|official figures|statistics|census|survey|report(?:ed)? "
            + "(?:found|finds|shows)|analysis (?:of|by|found))\\b");
    private static final Pattern OPINION = Pattern.compile(String.join("|",
            "\\b(?:i|we) (?:think|believe|feel|hope|fear|am sure|'m sure|are sure|am confident|are confident"
                    + "|am proud|are proud|am delighted|are delighted|am pleased|are pleased|am disappointed|want"
                    + "|wish|cannot|can't|are not making|do not see|don't see)\\b",
            "\\b(?:heartbreaking|disgrace\\w*|shameful|shocking|appalling|outrageous|scandal\\w*|unacceptable"
                    + "|ridiculous|absurd|wonderful|fantastic|brilliant|excellent|terrible|awful|dreadful|disaster\\w*"
                    + "|catastroph\\w+|tragic|tragedy|sobering|damning|gimmick|lies|liar|nonsense|false economy"
                    + "|betray\\w*|hypocri\\w+|incompetent|chaos|chaotic|extreme|classic example|deserve[sd]?"
                    + "|should|must|ought to|needs? to|have to|has to|it is time|backbone|wake-up call"
                    + "|breaking point|loud and clear|genuinely|frankly|confident|proud|determined|committed to"
                    + "|best placed|a matter for|not a good use|tinkering|indictment|pretend|keeper|values|merits"
                    + "|not surprising|excuses|fooled|good moment|cautious)\\b",
            "\\bletting \\w+ down\\b"));
    private static final Pattern PREDICTION = Pattern.compile("\\b(?:will|won't|shall|would(?! have)|could(?! have)"
            + "|might|going to|plans? to|planning to|set to|expected to|likely to|aims? to|intends? to|promised? to"
            + "|pledged? to|vowed? to|hopes? to|wants? to|due to (?!the |a |an )|is due|are due|next (?:year|month"
            + "|week|spring|summer|autumn|winter)|in the coming|by 20[2-9]\\d|unless|until|comes? into force"
            + "|takes? effect)\\b|^if\\b|\\bif "
            + "(?:labour|the|we|they|it|you|he|she)\\b");
    /** A trailing relative clause ("..., which are due to take place on May 3"): it qualifies, it does not predict. */
    private static final Pattern RELATIVE = Pattern.compile(", (?:which|when|where|who) .*$");
    private static final Pattern MODAL_MAY = Pattern.compile("\\bmay\\b(?!\\s+\\d)");
    private static final Pattern RHETORIC = Pattern.compile("\\?|!|^(?:vote|let's|let us|imagine|think|look"
            + "|remember|join|don't|do not|stop)\\b|\\b(?:no-one|no one|nobody) (?:should|can|will|joined)\\b"
            + "|\\bwe are our\\b|\\btime for a change\\b|\\benough is enough\\b|\\bmake no mistake\\b"
            + "|\\bthe truth is\\b|\\bbehind every\\b|\\bdeserve better\\b|\\bcall(?:ed|s)? (?:on|for)\\b");
    private static final Pattern NARRATIVE = Pattern.compile("\\b(?:speaking (?:in|at|on|to|after|before|during)"
            + "|spoke (?:at|to|in)|visited|attended|canvassing|was arrested|were arrested|arrested on suspicion"
            + "|were called|was called|taken to hospital|stabbed|injuries|appealing for|anyone with information"
            + "|anyone worried|urged anyone|call 101|crimestoppers|quoting reference|in custody|charged with"
            + "|court heard|appeared (?:at|before)|will appear|the meeting|public gallery|watched|gathered"
            + "|turned out|marched|approached for comment|declined to comment|did not respond|polling stations?"
            + "|go to the polls|results are expected|ran until|debated|votes? to \\d+|abstentions?"
            + "|published (?:on|today|yesterday|this|last|every|twice)|will be published|to publish"
            + "|updated every|to meet|mother of|father of|a statement|was speaking)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:a number of|some|many|several|a lot of|lots of|a few|numerous|various)\\b");
    private static final Pattern VAGUE_MAGNITUDE = Pattern.compile(
            "\\b(?:dozens|scores|hundreds|thousands|millions|billions) of\\b");
    private static final Pattern NEAR_TOTAL = Pattern.compile("\\b(?:almost|nearly|virtually|hardly|practically) "
            + "(?:nobody|no one|no-one|none|no|any|all|every|everyone|everybody)\\b|\\bnot (?:a )?single\\b");
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
        NormalisedText nt = Normaliser.normalise(text);
        String s = nt.text().toLowerCase(Locale.ROOT).replace("\"", " ").trim();
        List<FeatureHit> hits = new ArrayList<>();
        List<ClaimPeriod> periods = PeriodParser.parse(s, statedOn);
        List<int[]> masks = new ArrayList<>();
        for (ClaimPeriod p : periods) {
            masks.add(new int[] {p.start(), p.end()});
        }
        Matcher nq = NOT_QUANTITIES.matcher(s);
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
        } else if (!first(VAGUE_MAGNITUDE, s, Feature.SMALL_NUMBER, hits)) {
            first(NEAR_TOTAL, s, Feature.SMALL_NUMBER, hits);
        }
        String superlativeText = NOT_SUPERLATIVE.matcher(s).replaceAll(" ");
        first(COMPARISON, s, Feature.COMPARISON, hits);
        first(SUPERLATIVE, superlativeText, Feature.SUPERLATIVE, hits);
        first(CHANGE, NOT_A_CHANGE.matcher(s).replaceAll(" "), Feature.CHANGE, hits);
        statistical(s, hits);
        placeOrBody(nt.text(), s, hits);
        if (!periods.isEmpty()) {
            hits.add(hit(Feature.TIME_REFERENCE, periods.get(0).label()));
        } else {
            first(TIME, s, Feature.TIME_REFERENCE, hits);
        }
        if (BODY_WORD.matcher(s).find() || has(hits, Feature.NAMED_PLACE_OR_BODY)) {
            first(POLICY_ACTION, s, Feature.POLICY_ACTION, hits);
        }
        if (sourced) {
            hits.add(hit(Feature.SOURCE, "attributed to data or a finding"));
        } else {
            first(SOURCE, s, Feature.SOURCE, hits);
        }
        accumulate(OPINION, s, Feature.OPINION, hits);
        String mainClause = RELATIVE.matcher(s).replaceFirst("");
        Matcher may = MODAL_MAY.matcher(RELATIVE.matcher(nt.text()).replaceFirst(""));
        if (!first(PREDICTION, mainClause, Feature.PREDICTION, hits) && may.find()) {
            hits.add(hit(Feature.PREDICTION, "may"));
        }
        first(RHETORIC, s, Feature.RHETORIC, hits);
        accumulate(NARRATIVE, s, Feature.NARRATIVE, hits);
        if (!has(hits, Feature.NUMBER) && !has(hits, Feature.SMALL_NUMBER) && !has(hits, Feature.COMPARISON)
                && !has(hits, Feature.SUPERLATIVE)) {
            first(VAGUE, s, Feature.VAGUE, hits);
        }
        if (s.split("\\s+").length < 4) {
            hits.add(hit(Feature.SHORT, s));
        }
        double z = BIAS;
        for (FeatureHit h : hits) {
            z += h.weight();
        }
        double score = Math.round(1000.0 / (1.0 + Math.exp(-z))) / 1000.0;
        return new Scored(score, List.copyOf(hits), qs, nt);
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

    private static void statistical(String s, List<FeatureHit> hits) {
        Matcher m = STATISTICAL.matcher(s);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
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
            if (i >= 0 && (i + b.length() == original.length() || !Character.isLetter(original.charAt(i + b.length())))) {
                hits.add(hit(Feature.NAMED_PLACE_OR_BODY, b));
                return;
            }
        }
        if (!first(NAMED_BODY, original, Feature.NAMED_PLACE_OR_BODY, hits)
                && !first(NATION, original, Feature.NAMED_PLACE_OR_BODY, hits)) {
            first(GENERIC_BODY, lower, Feature.NAMED_PLACE_OR_BODY, hits);
        }
    }

    /** A negative feature that weighs more, up to a cap, the more often it shows: each further hit adds -0.5. */
    private static void accumulate(Pattern p, String s, Feature f, List<FeatureHit> hits) {
        Matcher m = p.matcher(s);
        List<String> found = new ArrayList<>();
        while (m.find() && found.size() < 3) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
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
