package org.factcheck.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Every {@code /api/} operation reads the database (at the least to check the API key), so every one can answer 503
 * when it is down: this adds the shared {@code ServiceUnavailable} response (META-INF/openapi.yaml) to each of them
 * instead of an annotation on every method. Run at build time, so the stored document has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ServiceUnavailableFilter implements OASFilter {

    static final String STATUS = "503";
    static final String REF = "#/components/responses/ServiceUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                addTo(item);
            }
        });
    }

    private static void addTo(PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        for (Operation operation : item.getOperations().values()) {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            if (!operation.getResponses().hasAPIResponse(STATUS)) {
                operation.getResponses().addAPIResponse(STATUS, OASFactory.createAPIResponse().ref(REF));
            }
        }
    }
}
