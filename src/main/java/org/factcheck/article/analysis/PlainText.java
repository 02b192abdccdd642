package org.factcheck.article.analysis;

/**
 * The article body as plain text, with a map from each of its characters back to the body as sent: HTML tags and
 * entities are gone from {@link #text()}, and {@link #bodyStart(int)} / {@link #bodyEnd(int)} give where a span of
 * it came from, so that a CMS can highlight a claim in its own source.
 *
 * @param text   the plain text
 * @param starts starts[i] = offset in the body of the source of plain character i; null when text is the body
 * @param ends   ends[i] = offset just after the source of plain character i (an entity maps to all of itself)
 * @param html   true when the body was read as HTML
 */
public record PlainText(String text, int[] starts, int[] ends, boolean html) {

    /** A body that is plain text already: offsets map to themselves. */
    public static PlainText identity(String body) {
        return new PlainText(body, null, null, false);
    }

    /** Where plain character {@code start} came from in the body. */
    public int bodyStart(int start) {
        if (starts == null) {
            return start;
        }
        if (start >= text.length()) {
            return text.isEmpty() ? 0 : ends[text.length() - 1];
        }
        return starts[Math.max(0, start)];
    }

    /** The end, in the body, of a plain span ending (exclusive) at {@code end}. */
    public int bodyEnd(int end) {
        if (ends == null) {
            return end;
        }
        if (end <= 0) {
            return text.isEmpty() ? 0 : starts[0];
        }
        return ends[Math.min(end, text.length()) - 1];
    }
}
