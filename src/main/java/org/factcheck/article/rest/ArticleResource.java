package org.factcheck.article.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
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
import org.factcheck.apikey.Caller;
import org.factcheck.article.service.ArticleService;
import org.factcheck.article.service.ArticleStore;
import org.factcheck.claim.service.IdempotencyService;
import org.factcheck.common.ApiException;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * POST /api/v1/articles in three response modes chosen by Accept: JSON (everything at once), NDJSON and server-sent
 * events (each claim as soon as it is checked, then a summary). One operation in the OpenAPI document, which lists
 * all three media types; the streaming methods are hidden from it so that the path has a single POST.
 */
@Path("/api/v1/articles")
@Tag(name = "Articles")
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    static final String PROBLEM = "application/problem+json";

    @Inject
    ArticleService service;

    @Inject
    ArticleStore store;

    @Inject
    Caller caller;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse an article",
            description = "Finds the sentences worth checking in a whole article, says who made each claim, checks "
                    + "the claims at or above the threshold through the engine (as POST /api/v1/checks does, with "
                    + "statedOn = publishedOn, the article's place and URL), and flags internal inconsistencies: a "
                    + "weekday that does not match its date, an event reported as past after one the story still "
                    + "anticipates (or after publication), the same quantity stated twice with different values. "
                    + "Compound sentences are split into their separate facts; quotations keep their speaker across "
                    + "paragraphs. Accept: application/json answers once everything is checked; "
                    + "application/x-ndjson and text/event-stream stream each claim as soon as it is checked, then a "
                    + "summary (an error ends the stream with an error event; a client that disconnects stops the "
                    + "checks). With store=true the article and its checked claims are stored (all or nothing) as "
                    + "ordinary claims linked to the article, each with its assessment and history: the JSON answer is "
                    + "201 with the article's Location and each claim's claimId; a stream stores just before its "
                    + "summary, which carries the articleId (a client that disconnects stores nothing). With store, an "
                    + "Idempotency-Key makes retries safe: a retry with the same body replays the first answer and "
                    + "stores nothing more. Without store nothing is stored and the key is ignored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "the Barnet article (2018)", value = ArticleExamples.REQUEST)))
    @APIResponse(responseCode = "200",
            description = "The claims with their check-worthiness, speakers and verdicts, the warnings and a summary",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ArticleResponse.class),
                        examples = @ExampleObject(name = "the Barnet article", value = ArticleExamples.RESPONSE)),
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                        description = "One ArticleEvent per line: claim lines, then a summary line (or an error line)"),
                        examples = @ExampleObject(name = "the Barnet article, streamed",
                                value = ArticleExamples.NDJSON)),
                @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                        description = "Events named claim, summary or error, each with an ArticleEvent as data"),
                        examples = @ExampleObject(name = "the Barnet article, as events",
                                value = ArticleExamples.SSE))})
    @APIResponse(responseCode = "201", description = "With store=true (JSON answer): stored; the claims carry their "
            + "claimId and the summary the articleId (for a retried Idempotency-Key, the first answer)",
            headers = {@Header(name = "Location", description = "The stored article",
                    schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Idempotent-Replayed", description = "true when this is a stored earlier answer",
                        schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class),
                    examples = @ExampleObject(name = "the Barnet article, stored", value = ArticleExamples.STORED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "in progress", value = ArticleExamples.IDEMPOTENCY_CONFLICT)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "key reused", value = ArticleExamples.IDEMPOTENCY_REUSED)))
    public RestResponse<ArticleResponse> analyse(@Valid @NotNull ArticleRequest request,
            @Parameter(description = "Check-worthiness (0..1) at or above which a claim is checked; default 0.5",
                    example = "0.5") @RestQuery Double threshold,
            @Parameter(description = "Store the article and its checked claims (default false)", example = "true")
            @RestQuery Boolean store,
            @Parameter(description = "With store=true: makes retries safe, one stored article per key and body",
                    example = "cms-article-7f3a") @RestHeader("Idempotency-Key") String idempotencyKey) {
        ArticleService.Answer answer = service.analyse(request, options(threshold, store, idempotencyKey));
        if (answer.articleId() == null) {
            return RestResponse.ok(answer.response());
        }
        return RestResponse.ResponseBuilder.<ArticleResponse>created(
                        URI.create(ArticleStore.location(answer.articleId())))
                .entity(answer.response()).header("Idempotent-Replayed", String.valueOf(answer.replayed())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a stored article",
            description = "An article stored by POST /api/v1/articles?store=true: its text as sent and the claims "
                    + "stored from it, in the order they appear, each with its assessment and editorial verdict "
                    + "(GET /api/v1/claims/{id} for one).")
    @APIResponse(responseCode = "200", description = "The article and its claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredArticleResponse.class),
                    examples = @ExampleObject(name = "a stored article", value = ArticleExamples.GET_STORED)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StoredArticleResponse get(@RestPath long id) {
        return store.get(id).orElseThrow(() -> ApiException.notFound("no stored article with id " + id));
    }

    @POST
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(hidden = true)
    public Multi<ArticleEvent> stream(@Valid @NotNull ArticleRequest request, @RestQuery Double threshold,
            @RestQuery Boolean store, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return service.stream(request, options(threshold, store, idempotencyKey));
    }

    @POST
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> events(@Valid @NotNull ArticleRequest request, @RestQuery Double threshold,
            @RestQuery Boolean store, @RestHeader("Idempotency-Key") String idempotencyKey, @Context Sse sse) {
        return service.stream(request, options(threshold, store, idempotencyKey)).map(e -> sse.newEventBuilder().name(e.type())
                .data(ArticleEvent.class, e).build());
    }

    private ArticleService.Options options(Double threshold, Boolean store, String idempotencyKey) {
        // checked even when nothing is stored and the key is ignored: the contract bounds it in every case
        IdempotencyService.checkKey(idempotencyKey);
        return new ArticleService.Options(threshold, Boolean.TRUE.equals(store), idempotencyKey, caller.owner());
    }
}
