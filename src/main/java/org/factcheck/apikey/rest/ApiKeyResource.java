package org.factcheck.apikey.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.apikey.service.ApiKeyService;
import org.factcheck.common.ApiException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/api-keys")
@Tag(name = "API keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    static final String REQUEST = """
            {"owner": "jane.checker", "roles": ["checker"]}
            """;
    static final String CREATED = """
            {"id": 4, "owner": "jane.checker", "roles": ["checker"], "prefix": "fck_Qm9i",
             "key": "fck_Qm9iIGlzIGEgY2hlY2tlciBhdCB0aGUgQmFybmV0IFRpbWVz", "createdBy": "bootstrap-admin",
             "createdAt": "2026-11-26T09:00:00Z"}
            """;
    static final String LIST = """
            [{"id": 1, "owner": "bootstrap-admin", "roles": ["admin"], "prefix": "fck_boot", "createdBy": "bootstrap-admin",
              "createdAt": "2026-11-26T08:00:00Z"},
             {"id": 4, "owner": "jane.checker", "roles": ["checker"], "prefix": "fck_Qm9i", "createdBy": "bootstrap-admin",
              "createdAt": "2026-11-26T09:00:00Z"}]
            """;

    @Inject
    ApiKeyService service;

    @POST
    @Operation(summary = "Make an API key (admin)",
            description = "A random key for a person or system with the roles given: reader (GET), newsroom (submit "
                    + "claims and checks), checker (evidence, places, sources, verdicts, re-checks), admin (keys; "
                    + "everything). The key is in this answer only: it is stored as a SHA-256 hash.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyRequest.class),
            examples = @ExampleObject(name = "a fact-checker", value = REQUEST)))
    @APIResponse(responseCode = "201", description = "The key, shown once",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class),
                    examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<ApiKeyResponse> create(@Valid @NotNull ApiKeyRequest request) {
        ApiKeyResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<ApiKeyResponse>created(URI.create("/api/v1/api-keys/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List API keys (admin)", description = "Every key with its owner, roles and prefix; never "
            + "the key itself.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyResponse.class),
                    examples = @ExampleObject(name = "two keys", value = LIST)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ApiKeyResponse> list() {
        return service.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key (admin)", description = "The key stops working at once on the instance "
            + "that answers, and on the others within factcheck.auth.key-cache-ttl (10 s; 0S makes it immediate "
            + "everywhere at the cost of a lookup per request); it stays listed with revokedAt.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Void> revoke(@RestPath long id) {
        if (!service.revoke(id)) {
            throw ApiException.notFound("no API key with id " + id);
        }
        return RestResponse.noContent();
    }
}
