package org.factcheck.article.analysis;

/**
 * Where some text sits in the article body as sent (HTML included, when the body was HTML).
 *
 * @param start offset of the first character (inclusive)
 * @param end   offset after the last character (exclusive)
 * @param text  the plain text of the span
 */
public record TextSpan(int start, int end, String text) {
}
