package org.factcheck.engine;

/**
 * Text after {@link Normaliser}, with a map from each of its characters back to the original text.
 *
 * @param text     the normalised text
 * @param original the text as received
 * @param origin   origin[i] = offset in the original of normalised character i; origin[text.length()] =
 *                 original.length()
 */
public record NormalisedText(String text, String original, int[] origin) {

    /** The original offset of a normalised start offset. */
    public int originalStart(int start) {
        return origin[Math.max(0, Math.min(start, text.length()))];
    }

    /** The original offset of a normalised end offset (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        if (end >= text.length()) {
            return original.length();
        }
        return origin[end - 1] + 1 > origin[end] ? origin[end - 1] + 1 : origin[end];
    }

    /** The original text of a normalised span. */
    public String originalSpan(int start, int end) {
        int s = originalStart(start);
        int e = Math.max(s, originalEnd(end));
        return original.substring(s, e);
    }
}
