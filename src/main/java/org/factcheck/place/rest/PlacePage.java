package org.factcheck.place.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of places (the wire type is {@code PageResponse<PlaceResponse>}). */
@Schema(name = "PlacePage")
public record PlacePage(List<PlaceResponse> items, int page, int size, long totalItems, long totalPages) {
}
