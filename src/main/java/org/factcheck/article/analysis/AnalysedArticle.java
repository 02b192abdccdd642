package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What the analysis found in an article.
 *
 * @param plain     the body as plain text, with the map back to the body
 * @param sentences its sentences
 * @param claims    every part of every sentence, scored, in text order (see {@link #candidates()})
 * @param warnings  internal inconsistencies
 * @param place     the place the article is about, inferred from the places it names; null when none
 */
public record AnalysedArticle(PlainText plain, List<Sentence> sentences, List<AnalysedClaim> claims,
        List<ArticleWarning> warnings, String place) {

    public AnalysedArticle {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    /** The claims with anything of a claim in them, renumbered from 0. */
    public List<AnalysedClaim> candidates() {
        List<AnalysedClaim> out = new ArrayList<>();
        for (AnalysedClaim c : claims) {
            if (c.candidate()) {
                out.add(new AnalysedClaim(out.size(), c.sentenceIndex(), c.sentence(), c.span(), c.text(),
                        c.checkText(), c.checkworthiness(), c.features(), c.speaker(), c.place(), true));
            }
        }
        return out;
    }
}
