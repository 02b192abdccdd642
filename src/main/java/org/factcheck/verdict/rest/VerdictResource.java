package org.factcheck.verdict.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claim.rest.VerdictSummary;
import org.factcheck.common.ApiException;
import org.factcheck.common.ETags;
import org.factcheck.verdict.service.VerdictService;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/claims/{id}/verdict")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerdictResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    VerdictService service;

    @GET
    @Operation(summary = "Get a claim's verdict", description = "The editorial verdict; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The verdict",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictSummary.class),
                    examples = @ExampleObject(name = "published", value = VerdictExamples.RESPONSE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<VerdictSummary> get(@RestPath long id) {
        VerdictSummary verdict = service.get(id).orElseThrow(() -> ApiException.notFound("claim " + id
                + " does not exist or has no verdict yet"));
        return RestResponse.ResponseBuilder.ok(verdict).header(HttpHeaders.ETAG, "\"" + verdict.version() + "\"").build();
    }

    @PUT
    @Operation(summary = "Write a claim's verdict",
            description = "Replaces the editorial verdict. If-Match is required: the ETag of your last read of the "
                    + "claim or verdict (\"0\" before the first verdict). Without it 428; if someone changed the "
                    + "verdict since, 412 and nothing is written. A published verdict needs a summary and a rating on "
                    + "the scale; only a verdict that was published can be retracted. The change is recorded in the "
                    + "claim's history with the key's owner.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerdictRequest.class),
            examples = @ExampleObject(name = "publish a TRUE verdict", value = VerdictExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The verdict as stored now",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictSummary.class),
                    examples = @ExampleObject(name = "published", value = VerdictExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", description = "The verdict changed since the ETag was read; nothing written",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "stale ETag", value = VerdictExamples.STALE_ETAG)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "no If-Match", value = VerdictExamples.NO_IF_MATCH)))
    public RestResponse<VerdictSummary> put(@RestPath long id,
            @Parameter(description = "ETag of the version being replaced (\"0\": no verdict yet)", required = true,
                    example = "\"1\"") @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull VerdictRequest request) {
        int expected = parseIfMatch(ifMatch);
        VerdictSummary written = service.put(id, expected, request)
                .orElseThrow(() -> ApiException.notFound("no claim with id " + id));
        return RestResponse.ResponseBuilder.ok(written).header(HttpHeaders.ETAG, "\"" + written.version() + "\"").build();
    }

    static int parseIfMatch(String ifMatch) {
        Integer version = ETags.version(ifMatch, "claim", "1");
        if (version == null) {
            throw new ApiException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of your last read of the claim (\"0\" before the first verdict)",
                    null);
        }
        return version;
    }
}
