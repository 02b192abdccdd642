package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or a punctuation mark of a sentence, with its offsets in the plain text.
 *
 * @param text   as written
 * @param lower  lower case, curly apostrophes made straight
 * @param start  offset in the plain text
 * @param end    offset after it
 * @param word   true for words and numbers, false for punctuation
 * @param quoted true when it lies inside a direct quotation (or is one of its marks)
 */
public record Token(String text, String lower, int start, int end, boolean word, boolean quoted) {

    /** True when the word starts with a capital letter. */
    public boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** True for a punctuation token made of this character. */
    public boolean is(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    /** True for a word in lower case equal to {@code w}. */
    public boolean is(String w) {
        return word && lower.equals(w);
    }

    /** Tokens of text[from, to); a token is quoted when one of the quotes covers it. */
    public static List<Token> tokenise(String text, int from, int to, List<QuoteSpan> quotes) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            if (Character.isLetterOrDigit(c) || c == '\u00A3' || c == '$' || c == '\u20AC') {
                j = i + 1;
                while (j < to && wordChar(text, j, to)) {
                    j++;
                }
            } else {
                j = i + 1;
            }
            String t = text.substring(i, j);
            boolean word = Character.isLetterOrDigit(t.charAt(t.length() - 1)) || t.length() > 1;
            boolean quoted = false;
            for (QuoteSpan q : quotes) {
                if (q.covers(i, j)) {
                    quoted = true;
                    break;
                }
            }
            out.add(new Token(t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''), i, j, word, quoted));
            i = j;
        }
        return out;
    }

    /** Letters, digits, and apostrophes, hyphens, periods, commas, slashes inside a word or number. */
    private static boolean wordChar(String text, int j, int to) {
        char c = text.charAt(j);
        if (Character.isLetterOrDigit(c) || c == '%') {
            return true;
        }
        boolean inner = j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                && Character.isLetterOrDigit(text.charAt(j - 1));
        if (c == '\'' || c == '\u2019' || c == '-' || c == '\u2011') {
            return inner || (c != '-' && j + 1 < to && text.charAt(j + 1) == 's' && (j + 2 >= to
                    || !Character.isLetter(text.charAt(j + 2))));
        }
        if (c == '.' || c == ',' || c == '/' || c == ':') {
            return inner && Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
        }
        return false;
    }
}
