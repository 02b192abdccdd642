package org.factcheck.check.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.check.service.CheckService;
import org.factcheck.engine.CheckResult;

@Path("/api/v1/checks")
@Tag(name = "Checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    @Inject
    CheckService service;

    @POST
    @Operation(summary = "Check a claim",
            description = "Parses the claim (numbers, qualifiers such as 'over' or 'almost', places, periods, ranks, "
                    + "comparisons, changes, compound claims), finds stored evidence, compares and rates it, and shows "
                    + "the working: the claimed figure, the evidence figure with its source, the arithmetic. Nothing "
                    + "is stored. Text that makes no checkable claim gets 200 with checkable=false.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckRequest.class),
            examples = {
                @ExampleObject(name = "a true claim", value = CheckExamples.TRUE_REQUEST),
                @ExampleObject(name = "a false ranking claim", value = CheckExamples.FALSE_RANK_REQUEST),
                @ExampleObject(name = "a claim with no evidence", value = CheckExamples.NO_EVIDENCE_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The verdict with its working",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckResult.class),
                    examples = {
                        @ExampleObject(name = "a true claim", value = CheckExamples.TRUE_RESPONSE),
                        @ExampleObject(name = "a false ranking claim", value = CheckExamples.FALSE_RANK_RESPONSE),
                        @ExampleObject(name = "a claim with no evidence", value = CheckExamples.NO_EVIDENCE_RESPONSE)}))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public CheckResult check(@Valid @NotNull CheckRequest request) {
        return service.check(request);
    }
}
