package org.factcheck.article.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.article.service.ArticleService;
import org.jboss.resteasy.reactive.RestQuery;
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

    @Inject
    ArticleService service;

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
                    + "checks). Nothing is stored.")
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
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ArticleResponse analyse(@Valid @NotNull ArticleRequest request,
            @Parameter(description = "Check-worthiness (0..1) at or above which a claim is checked; default 0.5",
                    example = "0.5") @RestQuery Double threshold) {
        return service.analyse(request, threshold);
    }

    @POST
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(hidden = true)
    public Multi<ArticleEvent> stream(@Valid @NotNull ArticleRequest request, @RestQuery Double threshold) {
        return service.stream(request, threshold);
    }

    @POST
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> events(@Valid @NotNull ArticleRequest request, @RestQuery Double threshold,
            @Context Sse sse) {
        return service.stream(request, threshold).map(e -> sse.newEventBuilder().name(e.type())
                .data(ArticleEvent.class, e).build());
    }
}
