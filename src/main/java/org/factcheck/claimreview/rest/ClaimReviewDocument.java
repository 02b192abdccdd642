package org.factcheck.claimreview.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schema.org ClaimReview (JSON-LD) for one published verdict. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
@Schema(name = "ClaimReview", description = "schema.org ClaimReview, JSON-LD")
public record ClaimReviewDocument(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "ClaimReview") String type,
        @Schema(description = "Where the verdict is published", example = "https://factcheck.dev/claims/17") String url,
        @Schema(example = "Barnet has the highest proportion of Jewish residents of any English borough")
        String claimReviewed,
        @Schema(description = "When the verdict was first published", example = "2026-11-26") String datePublished,
        Thing author,
        ClaimItem itemReviewed,
        ReviewRating reviewRating) {

    /** An Organization or Person. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "ClaimReviewThing")
    public record Thing(@JsonProperty("@type") @Schema(example = "Organization") String type,
                        @Schema(example = "factcheck") String name,
                        @Schema(example = "https://factcheck.dev") String url) {
    }

    /** The claim as schema.org has it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "ClaimReviewClaim")
    public record ClaimItem(@JsonProperty("@type") @Schema(example = "Claim") String type,
                            Thing author,
                            @Schema(example = "2018-04-14") String datePublished,
                            List<Thing> appearance,
                            Thing firstAppearance) {
    }

    /** The rating: 1 (FALSE) to 5 (TRUE), with the verdict's name and one-line summary. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "ClaimReviewRating")
    public record ReviewRating(@JsonProperty("@type") @Schema(example = "Rating") String type,
                               @Schema(example = "5") int ratingValue,
                               @Schema(example = "5") int bestRating,
                               @Schema(example = "1") int worstRating,
                               @Schema(example = "True") String alternateName,
                               @Schema(example = "Census 2011: 15.2% of Barnet's residents were Jewish, the highest share")
                               String ratingExplanation) {
    }
}
