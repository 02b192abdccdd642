package org.factcheck.source.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.PageResponse;

/** OpenAPI shape of a page of sources (the wire type is {@code PageResponse<SourceResponse>}). */
@Schema(name = "SourcePage")
public record SourcePage(List<SourceResponse> items, int page, int size, long totalItems, long totalPages,
        @Schema(description = PageResponse.TOTAL_EXACT_DESCRIPTION) boolean totalExact) {
}
