package org.factcheck.apikey.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.factcheck.apikey.service.AccessPolicy;
import org.factcheck.common.FactcheckConfig.Auth.PublicReads;

/**
 * Documents what every {@code /api/} operation can answer whatever its resource says, from the filters that answer it:
 * 401 and 403 (ApiKeyFilter), 429 (RateLimitFilter), 406 (any Accept the operation cannot produce), 400 for operations
 * with parameters or a body (a path id that is not a number, a malformed body), 413 and 415 for operations with a body
 * and for every POST, PUT and PATCH
 * (BodyLimitFilter, JAX-RS); the {@code RateLimit} headers on every answer but 401 (which comes
 * before a key is known); and no key needed for the reads that {@link AccessPolicy} opens by default. The responses
 * and headers referred to are in META-INF/openapi.yaml. Run at build time, so the stored document has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiResponsesFilter implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";
    private static final String HEADERS = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (parameters || operation.getRequestBody() != null) {
            addRef(responses, "400", "BadRequest");
        }
        addRef(responses, "401", "Unauthorized");
        addRef(responses, "403", "Forbidden");
        addRef(responses, "406", "NotAcceptable");
        addRef(responses, "429", "TooManyRequests");
        boolean sendsBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        if (operation.getRequestBody() != null || sendsBody) {
            // a POST that takes no body may still be sent one: its Content-Type and size are checked all the same
            addRef(responses, "413", "PayloadTooLarge");
            addRef(responses, "415", "UnsupportedMediaType");
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            boolean limited = entry.getKey().startsWith("2") || entry.getKey().startsWith("4")
                    && !entry.getKey().equals("401");
            if (limited && response.getRef() == null) {
                response.addHeader("RateLimit", OASFactory.createHeader().ref(HEADERS + "RateLimit"));
                response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref(HEADERS + "RateLimit-Policy"));
            }
        }
        // a concrete path for the policy: {id} and the like stand for a number
        String example = path.replaceAll("\\{[^}]+}", "1");
        if (AccessPolicy.need(method.name(), example, PublicReads.CLAIMREVIEW).open()) {
            operation.setSecurity(List.of(requirement("bearer"), requirement("apiKey"),
                    OASFactory.createSecurityRequirement()));
        }
    }

    private static void addRef(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }
}
