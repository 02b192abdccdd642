package org.factcheck.article.analysis;

import java.time.LocalDate;

/**
 * An article to analyse.
 *
 * @param title       headline; may be null (used to work out the place the article is about)
 * @param body        plain text or HTML
 * @param publishedOn publication date, anchors relative dates and years; may be null
 */
public record ArticleInput(String title, String body, LocalDate publishedOn) {
}
