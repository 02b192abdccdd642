package org.factcheck.claim.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.PageResponse;

/** OpenAPI shape of a page of claims (the wire type is {@code PageResponse<ClaimResponse>}). */
@Schema(name = "ClaimPage")
public record ClaimPage(List<ClaimResponse> items, int page, int size, long totalItems, long totalPages,
        @Schema(description = PageResponse.TOTAL_EXACT_DESCRIPTION) boolean totalExact) {
}
