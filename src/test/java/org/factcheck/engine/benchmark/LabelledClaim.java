package org.factcheck.engine.benchmark;

import java.util.List;

/** One line of the labelled benchmark (claims.jsonl). */
public record LabelledClaim(String id, String text, Context context, String shape, String expectedRating,
        List<ExpectedEvidence> expectedEvidence, Boolean checkable, String why) {

    /** The context a claim was made in. */
    public record Context(String speaker, String statedOn, String place, String url) {
    }

    /** A record the verdict must cite. */
    public record ExpectedEvidence(String metric, String place, String periodStart, String periodEnd) {
    }
}
