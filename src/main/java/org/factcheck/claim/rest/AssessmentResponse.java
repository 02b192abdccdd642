package org.factcheck.claim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.Rating;

@Schema(name = "Assessment", description = "The engine's automatic assessment, as it was when it was made")
public record AssessmentResponse(
        @Schema(example = "88") long id,
        @Schema(description = "INITIAL (when the claim was stored) or RECHECK", example = "INITIAL") String kind,
        @Schema(example = "NOT_ENOUGH_EVIDENCE") Rating rating,
        @Schema(example = "0.6") double confidence,
        @Schema(description = "The evidence records it cited, with the figures used")
        List<CitedEvidence> evidence,
        @Schema(description = "The engine's whole answer at that moment", implementation = CheckResult.class)
        JsonNode result,
        @Schema(example = "newsroom-cms") String assessedBy,
        OffsetDateTime assessedAt) {

    @Schema(name = "CitedEvidence", description = "An evidence record as it was when cited")
    public record CitedEvidence(
            @Schema(example = "1042") long id,
            @Schema(example = "30871.22") BigDecimal value,
            @Schema(example = "count") String unit,
            @Schema(example = "2017-09-30") LocalDate periodStart,
            @Schema(example = "2017-09-30") LocalDate periodEnd) {
    }
}
