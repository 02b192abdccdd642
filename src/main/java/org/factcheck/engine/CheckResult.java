package org.factcheck.engine;

import java.util.List;

/**
 * The engine's answer for one claim text.
 *
 * @param rating             the whole claim's rating; for a compound claim combined from the parts by the rule in
 *                           {@link #combinationRule}
 * @param confidence         0..1: how likely the engine thinks it is that the rating is the right one. It is the
 *                           product of how well the evidence fits the claim (metric match, period fit, measure fit)
 *                           and how far the actual figure sits from the nearest rating boundary; a part that had to
 *                           be set aside (NOT_ENOUGH_EVIDENCE inside a compound) lowers it. For NOT_ENOUGH_EVIDENCE it
 *                           is the confidence that nothing relevant is stored, or for {@code checkable == false}
 *                           that the text is not a statement of fact. Never above 0.95: the engine can misread text.
 * @param checkable          false when the text makes no checkable statement of fact (opinion, rhetoric, prediction)
 * @param notCheckableReason why it is not checkable; null when checkable
 * @param explanation        plain English built from the parts; every number in it comes from the claim or from a
 *                           cited evidence record (or is a difference or rank computed from them)
 * @param parts              one per asserted fact, in text order
 * @param combinationRule    which compound rule (RATING_RULES.md, "Compound claims") gave the whole rating
 * @param text               the claim text as received
 */
public record CheckResult(Rating rating, double confidence, boolean checkable, String notCheckableReason,
        String explanation, List<ClaimPart> parts, String combinationRule, String text) {

    public CheckResult {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
