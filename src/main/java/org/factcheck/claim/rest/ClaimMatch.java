package org.factcheck.claim.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.engine.Rating;

@Schema(name = "ClaimMatch", description = "A stored claim that says the same thing, with its published verdict")
public record ClaimMatch(
        @Schema(example = "17") long claimId,
        @Schema(example = "No London borough has fewer officers than Barnet") String text,
        @Schema(description = "Similarity, 0..1; matches from 0.6 are reported", example = "0.91") double score,
        @Schema(example = "Conservative group, Barnet council") String speaker,
        @Schema(example = "2018-04-14") LocalDate statedOn,
        @Schema(description = "The newest automatic rating", example = "NOT_ENOUGH_EVIDENCE") Rating automaticRating,
        @Schema(description = "The published verdict; null when none is published") VerdictSummary publishedVerdict) {
}
