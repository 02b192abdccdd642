package org.factcheck.verdict.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change to a claim: who, when, from what to what")
public record HistoryEntryResponse(
        @Schema(example = "301") long id,
        @Schema(example = "17") long claimId,
        @Schema(description = "CLAIM_CREATED, ASSESSED, RECHECKED or VERDICT_CHANGED", example = "VERDICT_CHANGED")
        String event,
        @Schema(description = "The owner of the API key that made the change", example = "jane.checker")
        String actor,
        OffsetDateTime at,
        @Schema(description = "The state before; null when there was none") Map<String, Object> before,
        @Schema(description = "The state after") Map<String, Object> after) {
}
