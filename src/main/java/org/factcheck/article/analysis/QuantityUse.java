package org.factcheck.article.analysis;

import java.util.Set;
import org.factcheck.engine.Quantity;

/**
 * A figure stated in a claim, with what it counts and where and when it applies, for consistency checks.
 *
 * @param quantity the engine's reading of the figure
 * @param key      what it counts ("jewish candidate", "% of population"), or null when that cannot be told
 * @param places   places named in the same sentence
 * @param periods  periods named in the same sentence
 * @param change   true when the claim is about a change ("fell from 1,946 to 1,384"): two values are expected
 * @param sentence index of the sentence
 * @param span     where the figure is, in the body
 */
public record QuantityUse(Quantity quantity, String key, Set<String> places, Set<String> periods, boolean change,
        int sentence, TextSpan span) {
}
