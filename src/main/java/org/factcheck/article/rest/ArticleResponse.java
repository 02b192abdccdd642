package org.factcheck.article.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleResponse", description = "The article's claims, checked where worth it, and its inconsistencies")
public record ArticleResponse(
        @Schema(description = "Claims in text order") List<ArticleClaim> claims,
        @Schema(description = "Internal inconsistencies") List<ArticleWarningPayload> warnings,
        ArticleSummary summary) {
}
