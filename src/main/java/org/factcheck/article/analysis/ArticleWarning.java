package org.factcheck.article.analysis;

import java.util.List;

/**
 * An internal inconsistency of the article.
 *
 * @param type    WEEKDAY_MISMATCH (a weekday that does not fit its date), DATE_ORDER (an event reported as past
 *                after one the story anticipates, or after publication) or QUANTITY_MISMATCH (the same quantity stated
 *                twice with values that cannot both hold)
 * @param message what is wrong, in plain English, with the dates or values worked out
 * @param spans   the passages involved, in text order
 */
public record ArticleWarning(String type, String message, List<TextSpan> spans) {

    public static final String WEEKDAY_MISMATCH = "WEEKDAY_MISMATCH";
    public static final String DATE_ORDER = "DATE_ORDER";
    public static final String QUANTITY_MISMATCH = "QUANTITY_MISMATCH";

    public ArticleWarning {
        spans = List.copyOf(spans);
    }
}
