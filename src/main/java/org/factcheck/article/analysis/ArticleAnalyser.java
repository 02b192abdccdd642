package org.factcheck.article.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.engine.ClaimPeriod;
import org.factcheck.engine.Normaliser;
import org.factcheck.engine.PeriodParser;
import org.factcheck.engine.Quantity;

/**
 * The article analysis, plain Java: HTML to text, sentences, quotations and who said them (across paragraphs),
 * attribution removed from each claim, compound sentences split, each part scored for check-worthiness, the place
 * the article is about, and consistency warnings. Thread-safe; the work for one article is single-threaded and
 * takes a few milliseconds.
 */
public final class ArticleAnalyser {

    private static final Set<String> DATA_VERBS = Set.of("show", "shows", "showed", "found", "finds", "reveals",
            "revealed", "concluded", "concludes", "reported", "reports", "according to", "estimated", "estimates",
            "calculated", "calculates");

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\u201C\u201D\u201E\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The engine takes claims of up to 2,000 characters (POST /api/v1/checks). */
    private static final int MAX_CHECK_TEXT = 2_000;
    private static final Pattern TRAILING_RELATIVE = Pattern.compile(", (?:which|who|where|when) [^,]*$");
    private static final Pattern FROM_TO = Pattern.compile("\\bfrom\\b.*\\bto\\b");

    private final PlaceNames places;
    private final CheckworthinessScorer scorer;

    public ArticleAnalyser(PlaceNames places) {
        this.places = places == null ? PlaceNames.empty() : places;
        this.scorer = new CheckworthinessScorer(this.places);
    }

    private record Unit(int start, int end, Speaker speaker, boolean sourced) {
    }

    /** Analyses an article. */
    public AnalysedArticle analyse(ArticleInput input) {
        PlainText plain = HtmlStripper.toPlainText(input.body());
        String text = plain.text();
        LocalDate publishedOn = input.publishedOn();
        List<int[]> paragraphs = SentenceSplitter.paragraphs(text);
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<QuoteSpan> quotes = QuoteFinder.find(text, paragraphs);
        SpeakerResolver resolver = new SpeakerResolver(places);

        List<Attribution> attributions = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        Map<QuoteSpan, Speaker> quoteSpeakers = new HashMap<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Token.tokenise(text, s.start(), s.end(), quotes);
            Attribution a = AttributionFinder.find(text, tokens);
            Speaker sp = a == null ? null : resolver.resolve(a.speaker(), cue(a));
            resolver.notice(s.text(), tokens);
            attributions.add(a);
            speakers.add(sp);
            if (sp != null) {
                for (QuoteSpan q : quotes) {
                    if (q.overlap(s.start(), s.end()) > 0 && !quoteSpeakers.containsKey(q)) {
                        quoteSpeakers.put(q, sp.withCue("QUOTE"));
                    }
                }
            }
        }
        propagate(quotes, quoteSpeakers);

        PlaceFocus focus = new PlaceFocus(places, sentences);
        String title = input.title() == null ? "" : input.title();
        List<PlaceNames.Match> named = new ArrayList<>(places.find(title));
        named.addAll(focus.all());
        String articlePlace = places.infer(named);

        List<AnalysedClaim> claims = new ArrayList<>();
        List<QuantityUse> figures = new ArrayList<>();
        for (Sentence s : sentences) {
            Attribution a = attributions.get(s.index());
            Scope scope = null;
            for (Unit u : units(text, s, a, speakers.get(s.index()), quotes, quoteSpeakers)) {
                for (CompoundSplitter.Part p : CompoundSplitter.split(text, u.start(), u.end())) {
                    String written = text.substring(p.start(), p.end());
                    CheckworthinessScorer.Scored scored = scorer.score(written, publishedOn, u.sourced());
                    TextSpan sentenceSpan = span(plain, s.start(), s.end());
                    claims.add(new AnalysedClaim(claims.size(), s.index(), sentenceSpan, span(plain, p.start(),
                            p.end()), clean(written), checkText(p.checkText()), scored.score(), scored.features(),
                            u.speaker(), focus.placeFor(s, p.start(), p.end(), articlePlace), scored.candidate()));
                    if (!scored.quantities().isEmpty()) {
                        scope = scope == null ? scope(s, publishedOn) : scope;
                        figures(plain, s, p, scored, scope, figures);
                    }
                }
            }
        }
        List<DateMention> dates = DateFinder.find(text, sentences, publishedOn);
        List<ArticleWarning> warnings = ConsistencyChecker.check(dates, publishedOn, figures,
                (from, to) -> span(plain, from, to));
        return new AnalysedArticle(plain, sentences, claims, warnings, articlePlace);
    }

    /** Quotations with no attribution of their own take the speaker of their paragraph, or of the one before. */
    private static void propagate(List<QuoteSpan> quotes, Map<QuoteSpan, Speaker> speakers) {
        Speaker previousParagraph = null;
        int paragraph = -1;
        Speaker current = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            if (q.paragraph() != paragraph) {
                if (paragraph >= 0 && q.paragraph() == paragraph + 1) {
                    previousParagraph = current;
                } else {
                    previousParagraph = null;
                }
                paragraph = q.paragraph();
                current = paragraphSpeaker(quotes, speakers, paragraph);
                if (current == null && previousParagraph != null && firstInParagraph(quotes, i)) {
                    current = previousParagraph.withCue("QUOTE_CONTINUED");
                }
            }
            if (!speakers.containsKey(q) && current != null) {
                speakers.put(q, current);
            }
        }
    }

    private static Speaker paragraphSpeaker(List<QuoteSpan> quotes, Map<QuoteSpan, Speaker> speakers, int paragraph) {
        for (QuoteSpan q : quotes) {
            if (q.paragraph() == paragraph && speakers.containsKey(q)) {
                return speakers.get(q);
            }
        }
        return null;
    }

    private static boolean firstInParagraph(List<QuoteSpan> quotes, int i) {
        return i == 0 || quotes.get(i - 1).paragraph() != quotes.get(i).paragraph();
    }

    /** The parts of a sentence that carry claims, each with its speaker. */
    private static List<Unit> units(String text, Sentence s, Attribution a, Speaker speaker, List<QuoteSpan> quotes,
            Map<QuoteSpan, Speaker> quoteSpeakers) {
        List<Unit> out = new ArrayList<>();
        int quotedChars = 0;
        for (QuoteSpan q : quotes) {
            quotedChars += q.overlap(s.start(), s.end());
        }
        boolean sourced = a != null && DATA_VERBS.contains(a.verb());
        boolean quoteMode = a != null && a.quoted() || quotedChars * 10 >= (s.end() - s.start()) * 6
                && (a == null || a.kind() == Attribution.Kind.FINAL || a.kind() == Attribution.Kind.QUOTE_AFTER);
        if (quoteMode) {
            for (QuoteSpan q : quotes) {
                if (q.overlap(s.start(), s.end()) == 0) {
                    continue;
                }
                int[] inner = trimQuote(text, Math.max(q.start(), s.start()), Math.min(q.end(), s.end()));
                if (inner != null) {
                    Speaker sp = quoteSpeakers.getOrDefault(q, speaker);
                    if (sp != null && speaker != null && sp.name().equals(speaker.name())) {
                        sp = speaker.withCue("QUOTE");
                    }
                    out.add(new Unit(inner[0], inner[1], sp, false));
                }
            }
        } else if (a != null) {
            if (a.prefix() != null) {
                out.add(new Unit(a.prefix()[0], a.prefix()[1], null, false));
            }
            for (int[] c : a.contents()) {
                int[] inner = trimQuote(text, c[0], c[1]);
                if (inner != null) {
                    out.add(new Unit(inner[0], inner[1], speaker, sourced));
                }
            }
        }
        if (a != null && a.adding() != null) {
            int[] inner = trimQuote(text, a.adding()[0], a.adding()[1]);
            if (inner != null) {
                out.add(new Unit(inner[0], inner[1], speaker, false));
            }
        }
        if (out.isEmpty()) {
            out.add(new Unit(s.start(), s.end(), speaker, sourced));
        }
        return out;
    }

    private static String cue(Attribution a) {
        return switch (a.kind()) {
            case ACCORDING_TO -> "ACCORDING_TO";
            case CLAIMS_FROM -> "CLAIMS_FROM";
            default -> "SAID";
        };
    }

    /** The span without quotation marks and the spaces or commas next to them; null when nothing is left. */
    private static int[] trimQuote(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && ("\"\u201C\u201D\u201E ".indexOf(text.charAt(s)) >= 0
                || Character.isWhitespace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (",;:\"\u201C\u201D\u201E ".indexOf(text.charAt(e - 1)) >= 0
                || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return e - s < 2 ? null : new int[] {s, e};
    }

    /** What a sentence's figures apply to: its places and bodies, its periods; and whether it reads "from X to Y". */
    private record Scope(Set<String> places, Set<String> periods, boolean fromTo) {
    }

    private Scope scope(Sentence s, LocalDate publishedOn) {
        Set<String> placeNames = new HashSet<>();
        for (PlaceNames.Match m : places.find(s.text())) {
            placeNames.add(m.place().name());
        }
        placeNames.addAll(SpeakerPhrase.bodiesIn(s.text()));
        Set<String> periods = new HashSet<>();
        String sentence = s.text().length() > CheckworthinessScorer.MAX_TEXT
                ? s.text().substring(0, CheckworthinessScorer.MAX_TEXT) : s.text();
        String lowerSentence = Normaliser.normalise(sentence).text().toLowerCase(Locale.ROOT);
        for (ClaimPeriod cp : PeriodParser.parse(lowerSentence, publishedOn)) {
            periods.add(cp.from() + ".." + cp.to());
        }
        return new Scope(placeNames, periods, FROM_TO.matcher(lowerSentence).find());
    }

    private static void figures(PlainText plain, Sentence s, CompoundSplitter.Part p,
            CheckworthinessScorer.Scored scored, Scope scope, List<QuantityUse> out) {
        boolean change = scored.has(Feature.CHANGE) || scope.fromTo();
        String lower = scored.text().text().toLowerCase(Locale.ROOT);
        for (Quantity q : scored.quantities()) {
            String key = ConsistencyChecker.key(lower.substring(Math.min(q.end(), lower.length())), q.unit());
            int from = p.start() + scored.text().originalStart(q.start());
            int to = p.start() + scored.text().originalEnd(q.end());
            out.add(new QuantityUse(q, key, scope.places(), scope.periods(), change, s.index(),
                    span(plain, from, to)));
        }
    }

    private static TextSpan span(PlainText plain, int start, int end) {
        return new TextSpan(plain.bodyStart(start), plain.bodyEnd(end), plain.text().substring(start, end));
    }

    /**
     * The text the engine checks: quotation marks dropped, and a trailing relative clause that states no figure,
     * comparison or change ("..., which are due to take place on May 3") left out, so that it is not read as part of
     * the claim.
     */
    private String checkText(String s) {
        String text = clean(s);
        if (text.length() > MAX_CHECK_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_CHECK_TEXT);
            text = text.substring(0, cut > 0 ? cut : MAX_CHECK_TEXT);
        }
        Matcher m = TRAILING_RELATIVE.matcher(text);
        if (m.find() && m.start() > 20) {
            CheckworthinessScorer.Scored clause = scorer.score(text.substring(m.start() + 2), null, false);
            if (!clause.has(Feature.NUMBER) && !clause.has(Feature.COMPARISON) && !clause.has(Feature.SUPERLATIVE)
                    && !clause.has(Feature.CHANGE)) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    private static String clean(String s) {
        return SPACES.matcher(QUOTE_MARKS.matcher(s).replaceAll("")).replaceAll(" ").trim();
    }
}
