package org.factcheck.claimreview.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claimreview.service.ClaimReviewService;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/claimreviews")
@Tag(name = "ClaimReview")
public class ClaimReviewFeedResource {

    @Inject
    ClaimReviewService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published ClaimReviews, for sync",
            description = "Every published verdict as a ClaimReview, oldest change first. Pass the time of your last "
                    + "sync as since to get only those published or edited after it. A retracted verdict leaves "
                    + "this feed: find it with GET /api/v1/claims?status=RETRACTED&updatedSince=...")
    @APIResponse(responseCode = "200", description = "One page of ClaimReviews",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimReviewPage.class),
                    examples = @ExampleObject(name = "one review", value = ClaimReviewExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<ClaimReviewDocument> claimReviews(
            @Parameter(description = "Only verdicts published or changed after this instant",
                    example = "2026-11-26T09:00:00Z") @RestQuery OffsetDateTime since,
            @Parameter(description = "Zero-based page", example = "0") @RestQuery Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @RestQuery Integer size) {
        return service.published(since, PageRequest.of(page, size));
    }
}
