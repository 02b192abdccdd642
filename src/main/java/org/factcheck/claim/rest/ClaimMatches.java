package org.factcheck.claim.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimMatches", description = "Stored claims that say the same thing, best first")
public record ClaimMatches(
        @Schema(description = "The score from which a stored claim is reported", example = "0.6") double threshold,
        List<ClaimMatch> items) {
}
