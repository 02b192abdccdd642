package org.factcheck.evidence.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Annotation examples are parsed as JSON, which keeps only the first record of an NDJSON example; this puts the
 * whole multi-line text back.
 */
public class ImportExampleFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        PathItem item = api.getPaths().getPathItem("/api/v1/evidence/import");
        if (item == null || item.getPOST() == null || item.getPOST().getRequestBody() == null) {
            return;
        }
        MediaType ndjson = item.getPOST().getRequestBody().getContent().getMediaType(EvidenceResource.NDJSON);
        if (ndjson != null && ndjson.getExamples() != null) {
            ndjson.getExamples().values().forEach(example -> example.setValue(EvidenceExamples.NDJSON));
        }
    }
}
