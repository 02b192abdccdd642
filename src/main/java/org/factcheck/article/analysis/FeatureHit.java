package org.factcheck.article.analysis;

/**
 * One feature found in a claim, with the words that show it and what it added to the log-odds.
 *
 * @param feature  the feature
 * @param evidence the words that triggered it ("almost 15 per cent", "the highest")
 * @param weight   its contribution (negative lowers check-worthiness)
 */
public record FeatureHit(Feature feature, String evidence, double weight) {
}
