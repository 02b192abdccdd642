package org.factcheck.article.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Annotation examples are parsed as JSON, which keeps only the first line of an NDJSON example; this puts the whole
 * multi-line NDJSON and SSE examples of POST /api/v1/articles back. Registered by its annotation, beside the
 * {@code mp.openapi.filter} one, and run at build time so that the stored document has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ArticleExampleFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        PathItem item = api.getPaths().getPathItem("/api/v1/articles");
        if (item == null || item.getPOST() == null || item.getPOST().getResponses() == null) {
            return;
        }
        APIResponse ok = item.getPOST().getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        set(ok.getContent().getMediaType(ArticleResource.NDJSON), ArticleExamples.NDJSON);
        set(ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.SERVER_SENT_EVENTS), ArticleExamples.SSE);
    }

    private static void set(MediaType type, String value) {
        if (type != null && type.getExamples() != null) {
            type.getExamples().values().forEach(example -> example.setValue(value));
        }
    }
}
