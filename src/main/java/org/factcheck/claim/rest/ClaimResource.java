package org.factcheck.claim.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.factcheck.claim.service.ClaimMatcher;
import org.factcheck.claim.service.ClaimService;
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.common.ProblemError;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    ClaimService service;

    @POST
    @Operation(summary = "Store a claim and assess it",
            description = "Stores the claim, runs the engine and stores its assessment as it is now (rating, "
                    + "explanation, the cited evidence ids and figures). The answer also lists stored claims that say "
                    + "the same thing, with their published verdicts. With an Idempotency-Key, a retry with the same "
                    + "body returns the first answer and stores nothing; the same key with another body is 422; a "
                    + "duplicate sent while the first is still running is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimRequest.class),
            examples = @ExampleObject(name = "Barnet police officers", value = ClaimExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored (or, for a retried Idempotency-Key, the first answer)",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Idempotent-Replayed", description = "true when this is a stored earlier answer",
                        schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "stored", value = ClaimExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "in progress", value = ClaimExamples.IDEMPOTENCY_CONFLICT)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "key reused", value = ClaimExamples.IDEMPOTENCY_REUSED)))
    public RestResponse<ClaimResponse> create(
            @Parameter(description = "Makes retries safe: one claim per key and body", example = "cms-7f3a")
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ClaimRequest request) {
        ClaimService.Created created = service.create(request, idempotencyKey);
        return RestResponse.ResponseBuilder.<ClaimResponse>created(URI.create(created.location()))
                .entity(created.claim()).header("Idempotent-Replayed", String.valueOf(created.replayed())).build();
    }

    @GET
    @Operation(summary = "List claims",
            description = "Filters combine: q (full text, websearch syntax), rating (the verdict's, else the "
                    + "automatic one), status (UNREVIEWED, DRAFT, PUBLISHED, RETRACTED), speaker (part of the name), "
                    + "place, tag, from/to (statedOn), updatedSince (changed after; ordered oldest change first, for "
                    + "sync), stale=true (evidence cited by the verdict, or by the newest assessment, changed since). "
                    + "Newest first otherwise. Counting stops at 1,000 matches (totalExact false).")
    @APIResponse(responseCode = "200", description = "One page of claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class),
                    examples = @ExampleObject(name = "published Barnet claims", value = ClaimExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<ClaimResponse> list(
            @Parameter(description = "Words to look for", example = "police officers")
            @Size(max = 500) @RestQuery String q,
            @Parameter(description = "Current rating", example = "FALSE") @Size(max = 40) @RestQuery String rating,
            @Parameter(description = "UNREVIEWED, DRAFT, PUBLISHED or RETRACTED", example = "PUBLISHED")
            @Size(max = 40) @RestQuery String status,
            @Parameter(description = "Part of the speaker's name", example = "Barnet")
            @Size(max = 300) @RestQuery String speaker,
            @Parameter(description = "The claim's place", example = "London") @Size(max = 200) @RestQuery String place,
            @Parameter(description = "A tag", example = "police") @Size(max = 60) @RestQuery String tag,
            @Parameter(description = "Stated on or after", example = "2018-01-01") @RestQuery LocalDate from,
            @Parameter(description = "Stated on or before", example = "2018-12-31") @RestQuery LocalDate to,
            @Parameter(description = "Changed after this instant", example = "2026-11-26T09:00:00Z")
            @RestQuery OffsetDateTime updatedSince,
            @Parameter(description = "true: only claims whose cited evidence changed since", example = "true")
            @RestQuery Boolean stale,
            @Parameter(description = "Zero-based page", example = "0") @RestQuery Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @RestQuery Integer size) {
        return service.list(ClaimService.filter(q, rating, status, speaker, place, tag, from, to, updatedSince, stale),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Find claims checked before",
            description = "Stored claims that say the same thing as the text, best first, with their published "
                    + "verdicts. Scores are 0..1; from 0.6 a stored claim is reported. Paraphrases match; claims with "
                    + "other numbers, places, years or the opposite direction (highest/lowest, rise/fall) never do. "
                    + "The 2,000 newest stored claims sharing the text's terms are scored.")
    @APIResponse(responseCode = "200", description = "Matches, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimMatches.class),
                    examples = @ExampleObject(name = "a paraphrase", value = ClaimExamples.MATCHES)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ClaimMatches similar(
            @Parameter(description = "The claim text", required = true,
                    example = "No London borough has fewer officers than Barnet")
                    @Size(max = 2000) @RestQuery String text,
            @Parameter(description = "Most matches to return, 1 to 50", example = "10") @RestQuery Integer limit) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw ApiException.badRequest("text is required (1 to 2000 characters)",
                    List.of(ProblemError.field("text", "must be 1 to 2000 characters")));
        }
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > 50) {
            throw ApiException.badRequest("limit must be between 1 and 50",
                    List.of(ProblemError.field("limit", "must be between 1 and 50, was " + n)));
        }
        return new ClaimMatches(ClaimMatcher.THRESHOLD, service.similar(text, n));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a claim", description = "The claim with its newest assessment and its verdict. The ETag "
            + "is the verdict's version (\"0\" before the first verdict), for If-Match on PUT .../verdict.")
    @APIResponse(responseCode = "200", description = "The claim",
            headers = @Header(name = "ETag", description = "The verdict's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "a claim", value = ClaimExamples.RESPONSE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ClaimResponse> get(@RestPath long id) {
        ClaimResponse claim = service.get(id).orElseThrow(() -> notFound(id));
        return RestResponse.ResponseBuilder.ok(claim).header("ETag", etag(claim)).build();
    }

    @POST
    @Path("/{id}/recheck")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Re-check a claim against today's evidence",
            description = "Runs the engine again and stores its assessment beside the earlier ones (see history); "
                    + "the verdict is left as it is.")
    @APIResponse(responseCode = "200", description = "The claim with its new assessment",
            headers = @Header(name = "ETag", description = "The verdict's version, as GET gives it",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "re-checked", value = ClaimExamples.RESPONSE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ClaimResponse> recheck(@RestPath long id) {
        ClaimResponse claim = service.recheck(id).orElseThrow(() -> notFound(id));
        return RestResponse.ResponseBuilder.ok(claim).header("ETag", etag(claim)).build();
    }

    static String etag(ClaimResponse claim) {
        return "\"" + (claim.verdict() == null ? 0 : claim.verdict().version()) + "\"";
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("no claim with id " + id);
    }
}
