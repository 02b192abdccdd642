package org.factcheck.source.rest;

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
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.source.service.SourceService;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    private static final String EXAMPLE = """
            {"id": 7, "title": "Police workforce, England and Wales: 30 September 2017", "publisher": "Home Office",
             "url": "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/675788/police-workforce-tables-jan17.ods",
             "publishedOn": "2018-01-25"}
            """;

    @Inject
    SourceService service;

    @GET
    @Operation(summary = "List or search sources",
            description = "Sources by title or publisher (fuzzy when q is given, best match first; else oldest first).")
    @APIResponse(responseCode = "200", description = "One page of sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class),
                    examples = @ExampleObject(name = "Home Office", value = "{\"items\": [" + EXAMPLE
                            + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1, \"totalExact\": true}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public PageResponse<SourceResponse> list(
            @Parameter(description = "Words of the title or publisher", example = "police workforce")
            @Size(max = 500) @RestQuery String q,
            @Parameter(description = "Zero-based page", example = "0") @RestQuery Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @RestQuery Integer size) {
        return service.search(q, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a source", description = "One publication that evidence cites.")
    @APIResponse(responseCode = "200", description = "The source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "Home Office", value = EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SourceResponse get(@RestPath long id) {
        return service.get(id).orElseThrow(() -> ApiException.notFound("no source with id " + id));
    }

    @POST
    @Operation(summary = "Add a source",
            description = "Stores a publication. A source identical to a stored one (same title, publisher, URL and "
                    + "date, ignoring case and outer spaces) is not duplicated: the stored one is returned with 200.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceRequest.class),
            examples = @ExampleObject(name = "Home Office release", value = """
                    {"title": "Police workforce, England and Wales: 30 September 2017", "publisher": "Home Office",
                     "url": "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/675788/police-workforce-tables-jan17.ods",
                     "publishedOn": "2018-01-25"}
                    """)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new source",
            headers = @Header(name = "Location", description = "The new source's URL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "created", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "An identical source was already stored; it is returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "existing", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<SourceResponse> create(@Valid @NotNull SourceRequest request) {
        SourceService.Stored stored = service.create(request);
        if (!stored.created()) {
            return RestResponse.ok(stored.source());
        }
        return RestResponse.ResponseBuilder.<SourceResponse>created(URI.create("/api/v1/sources/" + stored.source().id()))
                .entity(stored.source()).build();
    }
}
