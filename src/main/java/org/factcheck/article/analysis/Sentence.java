package org.factcheck.article.analysis;

/**
 * One sentence of the plain text.
 *
 * @param index     position in the article, from 0
 * @param paragraph the paragraph it belongs to, from 0
 * @param start     offset in the plain text (inclusive)
 * @param end       offset in the plain text (exclusive)
 * @param text      the sentence, trimmed
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {
}
