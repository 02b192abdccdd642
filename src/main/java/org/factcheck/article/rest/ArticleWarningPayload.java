package org.factcheck.article.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.article.analysis.ArticleWarning;

@Schema(name = "ArticleWarning", description = "An internal inconsistency of the article")
public record ArticleWarningPayload(
        @Schema(description = "WEEKDAY_MISMATCH, DATE_ORDER or QUANTITY_MISMATCH", example = "WEEKDAY_MISMATCH")
        String type,
        @Schema(description = "What is wrong, with the dates or values worked out",
                example = "'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, "
                        + "not a Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.")
        String message,
        @Schema(description = "The passages involved, as offsets into the body as sent") List<Passage> passages) {

    @Schema(name = "ArticleWarningPassage")
    public record Passage(@Schema(example = "191") int start, @Schema(example = "208") int end,
            @Schema(example = "Saturday (May 14)") String text) {
    }

    public static ArticleWarningPayload of(ArticleWarning w) {
        return new ArticleWarningPayload(w.type(), w.message(),
                w.spans().stream().map(s -> new Passage(s.start(), s.end(), s.text())).toList());
    }
}
