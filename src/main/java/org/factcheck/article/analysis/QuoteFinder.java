package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations, paragraph by paragraph. Double marks only (curly, straight or low-9): single marks in
 * British news mark headlines and scare quotes ("a 'garden grab'"), and apostrophes look the same. A straight mark
 * toggles; a closing curly mark with no opening one closes a quote begun at the paragraph start; a paragraph that
 * ends inside a quote leaves it running on.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /** Quotations of the text; {@code paragraphs} are the [start, end) of each paragraph, in order. */
    public static List<QuoteSpan> find(String text, List<int[]> paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            int from = paragraphs.get(p)[0];
            int to = paragraphs.get(p)[1];
            int open = -1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\u201C' || c == '\u201E') {
                    if (open < 0) {
                        open = i;
                    }
                } else if (c == '\u201D') {
                    if (open >= 0) {
                        out.add(new QuoteSpan(open, i + 1, p, false));
                        open = -1;
                    } else if (i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        open = i; // a closing mark typed where an opening one belongs
                    } else {
                        out.add(new QuoteSpan(firstNonBlank(text, from, i), i + 1, p, false));
                    }
                } else if (c == '"') {
                    if (open < 0) {
                        open = i;
                    } else {
                        out.add(new QuoteSpan(open, i + 1, p, false));
                        open = -1;
                    }
                }
            }
            if (open >= 0) {
                out.add(new QuoteSpan(open, to, p, true));
            }
        }
        return out;
    }

    private static int firstNonBlank(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
