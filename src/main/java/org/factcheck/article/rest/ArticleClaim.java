package org.factcheck.article.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.article.analysis.AnalysedClaim;
import org.factcheck.article.analysis.FeatureHit;
import org.factcheck.article.analysis.TextSpan;
import org.factcheck.engine.CheckResult;

@Schema(name = "ArticleClaim",
        description = "A sentence, or one fact of a compound sentence, that may be worth checking")
public record ArticleClaim(
        @Schema(description = "Position among the article's claims, from 0", example = "3") int index,
        @Schema(description = "The sentence it comes from, as written") String sentence,
        @Schema(description = "The claim without its attribution (\"Mr Khan said\", quotation marks)",
                example = "London has lost over £700 million") String text,
        @Schema(description = "The text the engine checked: quotation marks dropped, a subject shared with an earlier "
                + "part restored, a relative clause with no figure left out; null when not checked",
                example = "London has lost over £700 million") String checkedText,
        @Schema(description = "Where the claim is in the body as sent (offsets count UTF-16 code units, end exclusive)")
        Span span,
        @Schema(description = "Where its sentence is in the body as sent") Span sentenceSpan,
        @Schema(description = "0..1: how worth checking the claim is", example = "0.86") double checkworthiness,
        @Schema(description = "True when checkworthiness is at or above the request's threshold: the claim was checked")
        boolean checkworthy,
        @Schema(description = "The features that drove the score, each with its weight in log-odds")
        List<Feature> features,
        @Schema(description = "Who made the claim; null when the article asserts it itself") Speaker speaker,
        @Schema(description = "The place given to the engine for a claim that names none: the place named nearest "
                + "before it (in its sentence or the two before), else the article's", example = "London")
        String place,
        @Schema(description = "The engine's verdict (as POST /api/v1/checks gives it); absent when not checked")
        CheckResult assessment,
        @Schema(description = "With store=true and a JSON answer: the stored claim (GET /api/v1/claims/{id}); absent "
                + "for claims not checked, and in streamed answers (the summary gives the article)", example = "42")
        Long claimId) {

    /** The same claim, stored as claim {@code id}. */
    public ArticleClaim withClaimId(long id) {
        return new ArticleClaim(index, sentence, text, checkedText, span, sentenceSpan, checkworthiness, checkworthy,
                features, speaker, place, assessment, id);
    }

    @Schema(name = "ArticleSpan")
    public record Span(@Schema(example = "2573") int start, @Schema(example = "2608") int end) {

        static Span of(TextSpan s) {
            return new Span(s.start(), s.end());
        }
    }

    @Schema(name = "ArticleClaimFeature")
    public record Feature(
            @Schema(description = "NUMBER, SMALL_NUMBER, COMPARISON, SUPERLATIVE, CHANGE, STATISTICAL_NOUN, "
                    + "NAMED_PLACE_OR_BODY, TIME_REFERENCE, POLICY_ACTION, SOURCE; lowering it: OPINION, PREDICTION, "
                    + "RHETORIC, NARRATIVE, VAGUE, SHORT", example = "NUMBER") String name,
            @Schema(description = "The words that show it", example = "over £700 million") String evidence,
            @Schema(description = "Its contribution to the log-odds", example = "2.4") double weight) {
    }

    @Schema(name = "ArticleClaimSpeaker")
    public record Speaker(
            @Schema(description = "Canonical name within the article: the fullest name given", example = "Sadiq Khan")
            String name,
            @Schema(description = "PERSON, ORGANISATION or GROUP", example = "PERSON") String kind,
            @Schema(description = "The words that attribute this claim", example = "the mayor") String mention,
            @Schema(description = "SAID, QUOTE, QUOTE_CONTINUED (a quotation running on from an earlier paragraph), "
                    + "ACCORDING_TO or CLAIMS_FROM", example = "QUOTE") String cue) {
    }

    /** The claim as the API shows it. */
    public static ArticleClaim of(AnalysedClaim c, String sentence, boolean checkworthy, CheckResult assessment) {
        List<Feature> features = c.features().stream().map(ArticleClaim::feature).toList();
        Speaker speaker = c.speaker() == null ? null
                : new Speaker(c.speaker().name(), c.speaker().kind(), c.speaker().mention(), c.speaker().cue());
        return new ArticleClaim(c.index(), sentence, c.text(), checkworthy ? c.checkText() : null, Span.of(c.span()),
                Span.of(c.sentence()),
                c.checkworthiness(), checkworthy, features, speaker, c.place(), assessment, null);
    }

    private static Feature feature(FeatureHit h) {
        return new Feature(h.feature().name(), h.evidence(), h.weight());
    }
}
