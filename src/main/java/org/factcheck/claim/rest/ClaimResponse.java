package org.factcheck.claim.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.engine.Rating;

@Schema(name = "Claim", description = "A stored claim with its automatic assessment and editorial verdict")
public record ClaimResponse(
        @Schema(example = "17") long id,
        @Schema(example = "Barnet gets fewer police officers than any other London borough") String text,
        @Schema(example = "Conservative group, Barnet council") String speaker,
        @Schema(example = "2018-04-14") LocalDate statedOn,
        @Schema(example = "https://www.times-series.co.uk/news/16159284/") String appearanceUrl,
        @Schema(example = "London") String place,
        @Schema(example = "[\"police\"]") List<String> tags,
        @Schema(description = "UNREVIEWED, or the verdict's DRAFT, PUBLISHED, RETRACTED", example = "PUBLISHED")
        String status,
        @Schema(description = "The verdict's rating, or the automatic one without a verdict", example = "MOSTLY_FALSE")
        Rating rating,
        @Schema(description = "True when evidence cited by the verdict (or the newest assessment) changed since")
        boolean stale,
        AssessmentResponse assessment,
        @Schema(description = "The editorial verdict; null until a fact-checker writes one") VerdictSummary verdict,
        @Schema(example = "newsroom-cms") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The stored article the claim was found in (POST /api/v1/articles?store=true); absent "
                + "for a claim submitted on its own", example = "3") Long articleId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the answer to POST: stored claims that say the same thing, best first")
        List<ClaimMatch> similar) {

    public ClaimResponse withSimilar(List<ClaimMatch> matches) {
        return new ClaimResponse(id, text, speaker, statedOn, appearanceUrl, place, tags, status, rating, stale,
                assessment, verdict, createdBy, createdAt, updatedAt, articleId, matches);
    }
}
