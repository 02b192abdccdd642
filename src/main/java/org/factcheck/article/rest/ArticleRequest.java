package org.factcheck.article.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleRequest", description = "A whole article as the CMS has it, plain text or HTML")
public record ArticleRequest(
        @Size(max = 500)
        @Schema(description = "Headline; helps work out the place the article is about",
                example = "Sadiq Khan: anti-Semitism claims are heartbreaking")
        String title,
        @NotBlank @Size(max = ArticleRequest.MAX_BODY)
        @Schema(required = true, description = "The article body, plain text (paragraphs separated by blank lines) or "
                + "HTML (tags are stripped, scripts and styles dropped, entities decoded); at most 100,000 characters. "
                + "Spans in the answer are offsets into this text as sent.",
                example = "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents "
                        + "– almost 15 per cent of the population – of any English borough.")
        String body,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "Where the article is published", example = "https://www.times-series.co.uk/news/")
        String url,
        @Schema(description = "Publication date: the claims' statedOn, and the year of dates written without one "
                + "(\"Saturday (May 14)\")", example = "2018-04-16")
        LocalDate publishedOn,
        @Size(max = 100)
        @Schema(description = "CMS section", example = "Politics")
        String section) {

    /** Longest body accepted, in characters. */
    public static final int MAX_BODY = 100_000;
}
