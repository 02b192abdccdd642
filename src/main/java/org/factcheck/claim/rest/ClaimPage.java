package org.factcheck.claim.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of claims (the wire type is {@code PageResponse<ClaimResponse>}). */
@Schema(name = "ClaimPage")
public record ClaimPage(List<ClaimResponse> items, int page, int size, long totalItems, long totalPages) {
}
