package org.factcheck.article.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.claim.rest.ClaimResponse;

@Schema(name = "StoredArticle", description = "An article stored by POST /api/v1/articles?store=true, with the claims "
        + "stored from it (each an ordinary claim: assessment, verdict, history)")
public record StoredArticleResponse(
        @Schema(example = "3") long id,
        @Schema(example = "Sadiq Khan: anti-Semitism claims are heartbreaking") String title,
        @Schema(example = "https://www.times-series.co.uk/news/") String url,
        @Schema(example = "2018-04-16") LocalDate publishedOn,
        @Schema(example = "Politics") String section,
        @Schema(description = "The place the analysis inferred for the article", example = "London") String place,
        @Schema(description = "The check-worthiness threshold its claims were chosen with", example = "0.5")
        double threshold,
        @Schema(description = "The body as sent; claim spans are offsets into it") String body,
        @Schema(example = "newsroom-cms") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "The checked claims, in the order they appear in the article") List<ClaimResponse> claims) {
}
