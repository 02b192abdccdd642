package org.factcheck.evidence.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.PageResponse;

/** OpenAPI shape of a page of evidence (the wire type is {@code PageResponse<EvidenceResponse>}). */
@Schema(name = "EvidencePage")
public record EvidencePage(List<EvidenceResponse> items, int page, int size, long totalItems, long totalPages,
        @Schema(description = PageResponse.TOTAL_EXACT_DESCRIPTION) boolean totalExact) {
}
