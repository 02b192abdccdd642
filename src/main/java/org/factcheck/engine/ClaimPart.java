package org.factcheck.engine;

import java.util.List;

/**
 * One asserted fact of a claim, rated on its own.
 *
 * @param text         the span of the original text this part covers
 * @param start        offset of the span in the original text (inclusive)
 * @param end          offset of the span in the original text (exclusive)
 * @param kind         VALUE, CHANGE, RANK or COMPARISON
 * @param rating       this part's rating
 * @param confidence   0..1, as in {@link CheckResult#confidence()}
 * @param explanation  plain English for this part
 * @param claimed      what the part asserts, as parsed
 * @param evidence     the records used, each with its role
 * @param comparison   the numbers compared; null when nothing could be compared
 * @param measureNotes where the claim's measure or period differs from the evidence's
 */
public record ClaimPart(String text, int start, int end, PartKind kind, Rating rating, double confidence,
        String explanation, ClaimedQuantity claimed, List<EvidenceCitation> evidence, Comparison comparison,
        List<String> measureNotes) {

    public ClaimPart {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        measureNotes = measureNotes == null ? List.of() : List.copyOf(measureNotes);
    }
}
