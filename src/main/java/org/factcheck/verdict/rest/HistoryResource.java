package org.factcheck.verdict.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.common.ApiException;
import org.factcheck.verdict.service.HistoryService;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/claims/{id}/history")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoryService service;

    @GET
    @Operation(summary = "A claim's history",
            description = "Every change, oldest first: the claim's creation, each automatic assessment and re-check, "
                    + "each verdict change, with who made it, when, and the state before and after. Append-only: the "
                    + "database refuses to change or delete an entry, and no operation does.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryResponse.class),
                    examples = @ExampleObject(name = "created, assessed, drafted", value = HistoryExamples.HISTORY)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<HistoryEntryResponse> history(@RestPath long id) {
        return service.of(id).orElseThrow(() -> ApiException.notFound("no claim with id " + id));
    }
}
