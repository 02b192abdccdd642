package org.factcheck.article.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.Problem;

/** One line of the NDJSON stream, or the data of one server-sent event (named after its type). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArticleEvent", description = "A streamed result: a claim as soon as it is checked, then a summary; "
        + "or an error, after which the stream ends")
public record ArticleEvent(
        @Schema(description = "claim, summary or error", example = "claim") String type,
        @Schema(description = "For type claim") ArticleClaim claim,
        @Schema(description = "For type summary") ArticleSummary summary,
        @Schema(description = "For type summary") List<ArticleWarningPayload> warnings,
        @Schema(description = "For type error: a problem detail") Problem error) {

    public static final String CLAIM = "claim";
    public static final String SUMMARY = "summary";
    public static final String ERROR = "error";

    public static ArticleEvent claim(ArticleClaim c) {
        return new ArticleEvent(CLAIM, c, null, null, null);
    }

    public static ArticleEvent summary(ArticleSummary s, List<ArticleWarningPayload> warnings) {
        return new ArticleEvent(SUMMARY, null, s, warnings, null);
    }

    public static ArticleEvent error(Problem p) {
        return new ArticleEvent(ERROR, null, null, null, p);
    }
}
