package org.factcheck.article.analysis;

/**
 * A direct quotation in the plain text, marks included.
 *
 * @param start     offset of the opening mark (or of the paragraph start when the mark is missing)
 * @param end       offset after the closing mark, or the paragraph end when the quote runs on
 * @param paragraph the paragraph it is in
 * @param runsOn    true when the paragraph ends inside the quote: by newspaper convention the quotation goes on in
 *                  the next paragraph, which opens with a new mark
 */
public record QuoteSpan(int start, int end, int paragraph, boolean runsOn) {

    /** True when [from, to) lies inside this quote. */
    public boolean covers(int from, int to) {
        return from >= start && to <= end;
    }

    /** How many characters of [from, to) are inside this quote. */
    public int overlap(int from, int to) {
        return Math.max(0, Math.min(to, end) - Math.max(from, start));
    }
}
