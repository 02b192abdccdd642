package org.factcheck.place.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.PageResponse;

/** OpenAPI shape of a page of places (the wire type is {@code PageResponse<PlaceResponse>}). */
@Schema(name = "PlacePage")
public record PlacePage(List<PlaceResponse> items, int page, int size, long totalItems, long totalPages,
        @Schema(description = PageResponse.TOTAL_EXACT_DESCRIPTION) boolean totalExact) {
}
