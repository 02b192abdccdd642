package org.factcheck.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The checking engine: claim text in, a rated and explained verdict out.
 *
 * <pre>
 * text + context
 *   -> Normaliser      curly quotes, dashes, nbsp, "per cent"; keeps offsets into the original text
 *   -> FrameBuilder    quantities, qualifiers, places, periods, cues; one frame per asserted fact
 *   -> Assessor        evidence through the ports, metric scoring, level / change / rank / comparison, rating
 *   -> combination     compound rule of RATING_RULES.md; confidence; explanation
 * </pre>
 *
 * Thread-safe once built: it holds no per-request state. The gazetteer is read once, at construction.
 */
public final class Engine {

    private final RatingRules rules;
    private final FrameBuilder frames;
    private final Assessor assessor;

    public Engine(Gazetteer gazetteer, EvidenceFinder finder, EngineSettings settings) {
        EngineSettings s = settings == null ? EngineSettings.defaults() : settings;
        PlaceDirectory places = new PlaceDirectory(gazetteer);
        this.rules = new RatingRules(s);
        this.frames = new FrameBuilder(places, new QuantityParser(s));
        this.assessor = new Assessor(places, new EvidenceSelector(finder, s), rules, s);
    }

    public CheckResult check(String text, ClaimContext context) {
        String original = text == null ? "" : text;
        ClaimContext ctx = context == null ? ClaimContext.empty() : context;
        NormalisedText nt = Normaliser.normalise(original);
        FrameBuilder.Parsed parsed = frames.build(nt, ctx);
        if (!parsed.checkable()) {
            return new CheckResult(Rating.NOT_ENOUGH_EVIDENCE, 0.75, false, parsed.reason(),
                    "This is not a factual claim that can be checked: " + parsed.reason() + ".", List.of(),
                    "not a claim", original);
        }
        List<ClaimPart> parts = new ArrayList<>();
        for (ClaimFrame f : parsed.frames()) {
            parts.add(assessor.assess(f, nt, ctx));
        }
        RatingRules.Combined combined = rules.combine(parts.stream().map(ClaimPart::rating).toList());
        return new CheckResult(combined.rating(), confidence(parts, combined.rating()), true, null,
                explanation(parts, combined), parts, combined.rule(), original);
    }

    /**
     * The whole claim's confidence: a single part's own; for a compound, the mean over the rated parts, scaled by
     * the square root of the share of parts that could be rated (set-aside parts lower it).
     */
    static double confidence(List<ClaimPart> parts, Rating whole) {
        if (parts.isEmpty()) {
            return 0.5;
        }
        if (parts.size() == 1) {
            return parts.get(0).confidence();
        }
        List<ClaimPart> rated = parts.stream().filter(p -> p.rating().onScale()).toList();
        List<ClaimPart> basis = whole.onScale() ? rated : parts;
        double mean = basis.stream().mapToDouble(ClaimPart::confidence).average().orElse(0.5);
        double share = whole.onScale() ? Math.sqrt(rated.size() / (double) parts.size()) : 1.0;
        return Math.round(mean * share * 1000) / 1000.0;
    }

    private static String explanation(List<ClaimPart> parts, RatingRules.Combined combined) {
        if (parts.size() == 1) {
            return parts.get(0).explanation();
        }
        StringBuilder b = new StringBuilder("The claim makes ").append(parts.size()).append(" assertions. ");
        int i = 1;
        for (ClaimPart p : parts) {
            b.append(i++).append(") '").append(p.text()).append("': ").append(Texts.rating(p.rating()))
                    .append(". ").append(p.explanation()).append(' ');
        }
        b.append("Overall: ").append(Texts.rating(combined.rating())).append(" (compound rule ")
                .append(combined.rule()).append(").");
        return b.toString();
    }
}
