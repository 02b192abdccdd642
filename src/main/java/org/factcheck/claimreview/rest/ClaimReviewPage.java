package org.factcheck.claimreview.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of ClaimReview documents. */
@Schema(name = "ClaimReviewPage")
public record ClaimReviewPage(List<ClaimReviewDocument> items, int page, int size, long totalItems, long totalPages) {
}
