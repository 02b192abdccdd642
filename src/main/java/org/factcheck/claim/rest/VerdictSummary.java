package org.factcheck.claim.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.engine.Rating;
import org.factcheck.verdict.VerdictStatus;

@Schema(name = "Verdict", description = "The editorial verdict signed off by a fact-checker")
public record VerdictSummary(
        @Schema(example = "MOSTLY_FALSE") Rating rating,
        @Schema(description = "The one-line conclusion",
                example = "Barnet has more officers than several outer London boroughs") String summary,
        @Schema(example = "Home Office figures for September 2017 put Barnet's officers above those of Sutton.")
        String explanation,
        @Schema(example = "[1042, 1043]") List<Long> evidenceIds,
        @Schema(example = "PUBLISHED") VerdictStatus status,
        @Schema(description = "Increases with every change; the ETag", example = "2") int version,
        @Schema(example = "jane.checker") String updatedBy,
        OffsetDateTime updatedAt,
        @Schema(description = "When it was first published; null if never") OffsetDateTime firstPublishedAt,
        @Schema(description = "When the current publication began; null if never published") OffsetDateTime publishedAt) {
}
