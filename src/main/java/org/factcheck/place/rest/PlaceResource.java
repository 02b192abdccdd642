package org.factcheck.place.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.place.service.PlaceService;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/places")
@Tag(name = "Places", description = "The gazetteer: places with ONS codes, kinds, parents and aliases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaceResource {

    @Inject
    PlaceService service;

    @GET
    @Operation(summary = "List or search places",
            description = "Places by name, alias or code (fuzzy when q is given, best match first; else by name), "
                    + "optionally of one kind or with one parent.")
    @APIResponse(responseCode = "200", description = "One page of places",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacePage.class),
                    examples = @ExampleObject(name = "boroughs", value = PlaceExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public PageResponse<PlaceResponse> list(
            @Parameter(description = "Name, alias or ONS code, fuzzy", example = "barnet")
            @Size(max = 200) @RestQuery String q,
            @Parameter(description = "Kind of place", example = "borough") @Size(max = 40) @RestQuery String kind,
            @Parameter(description = "Parent place name or code", example = "London")
            @Size(max = 200) @RestQuery String parent,
            @Parameter(description = "Zero-based page", example = "0") @RestQuery Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @RestQuery Integer size) {
        return service.search(q, kind, parent, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a place", description = "One place of the gazetteer with its parent and aliases.")
    @APIResponse(responseCode = "200", description = "The place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlaceResponse.class),
                    examples = @ExampleObject(name = "Barnet", value = PlaceExamples.BARNET)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlaceResponse get(@RestPath long id) {
        return service.get(id).orElseThrow(() -> ApiException.notFound("no place with id " + id));
    }

    @POST
    @Operation(summary = "Add a place",
            description = "Adds a place to the gazetteer. Names and aliases are unique, ignoring case; so are codes.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceRequest.class),
            examples = @ExampleObject(name = "a ward", value = PlaceExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new place",
            headers = @Header(name = "Location", description = "The new place's URL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlaceResponse.class),
                    examples = @ExampleObject(name = "created", value = PlaceExamples.CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<PlaceResponse> create(@Valid @NotNull PlaceRequest request) {
        PlaceResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<PlaceResponse>created(URI.create("/api/v1/places/" + created.id()))
                .entity(created).build();
    }

    @POST
    @Path("/{id}/aliases")
    @Operation(summary = "Add an alias to a place",
            description = "Another name the place is known by (\"the capital\" for London), used when matching "
                    + "evidence and claims.")
    @APIResponse(responseCode = "200", description = "The place with its new alias",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlaceResponse.class),
                    examples = @ExampleObject(name = "London", value = PlaceExamples.LONDON_ALIAS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlaceResponse addAlias(@RestPath long id, @Valid @NotNull AliasRequest request) {
        return service.addAlias(id, request.alias()).orElseThrow(() -> ApiException.notFound("no place with id " + id));
    }
}
