package org.factcheck.article.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", description = "What the analysis of the whole article found")
public record ArticleSummary(
        @Schema(description = "Sentences in the body", example = "24") int sentences,
        @Schema(description = "Claims found (sentences or parts with a figure, comparison, change or statistic)",
                example = "14") int claims,
        @Schema(description = "Claims at or above the threshold", example = "9") int checkworthy,
        @Schema(description = "Claims checked (equal to checkworthy when the analysis completed)", example = "9")
        int checked,
        @Schema(description = "The check-worthiness threshold used", example = "0.5") double threshold,
        @Schema(description = "The place the article is about, inferred from the places it names (the region that "
                + "holds most of them, else the most named); the engine's place for claims with no place named in or "
                + "just before them", example = "London") String place,
        @Schema(description = "Checked claims by rating") Map<String, Integer> ratings,
        @Schema(description = "Internal inconsistencies found", example = "3") int warnings,
        @Schema(description = "Milliseconds spent on the text analysis (no database)", example = "4")
        long analysisMillis,
        @Schema(description = "Milliseconds from the request to this summary, checks included", example = "212")
        long elapsedMillis,
        @Schema(description = "With store=true: the stored article (GET /api/v1/articles/{id})", example = "3")
        Long articleId) {

    /** The same summary for the article stored as {@code id}. */
    public ArticleSummary withArticleId(long id) {
        return new ArticleSummary(sentences, claims, checkworthy, checked, threshold, place, ratings, warnings,
                analysisMillis, elapsedMillis, id);
    }
}
