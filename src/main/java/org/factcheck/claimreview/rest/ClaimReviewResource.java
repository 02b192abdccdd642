package org.factcheck.claimreview.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claimreview.service.ClaimReviewService;
import org.factcheck.common.ApiException;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/claims/{id}/claimreview")
@Tag(name = "ClaimReview")
public class ClaimReviewResource {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    ClaimReviewService service;

    @Inject
    ObjectMapper json;

    @GET
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "ClaimReview of a published verdict",
            description = "schema.org ClaimReview (JSON-LD) for embedding in the published article: the claim, its "
                    + "speaker and first appearance, the organisation, and the rating as ratingValue 1 (FALSE) to 5 "
                    + "(TRUE) with its name and the verdict's one-line summary. Only published verdicts have one.")
    @APIResponse(responseCode = "200", description = "The ClaimReview",
            content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = ClaimReviewDocument.class),
                    examples = @ExampleObject(name = "a TRUE verdict", value = ClaimReviewExamples.DOCUMENT)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response claimReview(@RestPath long id) {
        ClaimReviewDocument doc = service.of(id).orElseThrow(() -> ApiException.notFound(
                "claim " + id + " has no published verdict"));
        try {
            return Response.ok(json.writeValueAsString(doc), JSON_LD).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
