package org.factcheck.evidence.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of evidence (the wire type is {@code PageResponse<EvidenceResponse>}). */
@Schema(name = "EvidencePage")
public record EvidencePage(List<EvidenceResponse> items, int page, int size, long totalItems, long totalPages) {
}
