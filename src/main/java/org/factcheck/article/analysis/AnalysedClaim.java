package org.factcheck.article.analysis;

import java.util.List;

/**
 * One asserted fact of the article: a sentence, or a part of a compound sentence, with its attribution removed.
 *
 * @param index           position among the article's claims, from 0
 * @param sentenceIndex   the sentence it comes from
 * @param sentence        that sentence, where it is in the body
 * @param span            the claim itself (the part of the sentence), where it is in the body
 * @param text            the claim as written, without attribution ("London has lost over £700 million")
 * @param checkText       the claim as it is checked: quotation marks dropped, a shared subject restored
 * @param checkworthiness 0..1
 * @param features        what drove the score
 * @param speaker         who made the claim; null when the article asserts it itself
 * @param place           the place the claim is about when it names none (see {@link PlaceFocus}); may be null
 * @param candidate       true when it has anything of a claim in it (a figure, comparison, change, statistic)
 */
public record AnalysedClaim(int index, int sentenceIndex, TextSpan sentence, TextSpan span, String text,
        String checkText, double checkworthiness, List<FeatureHit> features, Speaker speaker, String place,
        boolean candidate) {

    public AnalysedClaim {
        features = List.copyOf(features);
    }
}
