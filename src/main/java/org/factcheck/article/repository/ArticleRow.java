package org.factcheck.article.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored article as it was sent, with the place and threshold its analysis used. */
public record ArticleRow(long id, String title, String body, String url, LocalDate publishedOn, String section,
        String place, double threshold, String createdBy, OffsetDateTime createdAt) {
}
