package org.factcheck.claimreview.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.PageResponse;

/** OpenAPI shape of a page of ClaimReview documents. */
@Schema(name = "ClaimReviewPage")
public record ClaimReviewPage(List<ClaimReviewDocument> items, int page, int size, long totalItems, long totalPages,
        @Schema(description = PageResponse.TOTAL_EXACT_DESCRIPTION) boolean totalExact) {
}
