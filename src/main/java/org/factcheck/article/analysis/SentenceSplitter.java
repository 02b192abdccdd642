package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into paragraphs and sentences with their offsets. Paragraphs are separated by blank lines (or,
 * in text without blank lines, by line breaks). A sentence ends at '.', '!', '?' or an ellipsis, with any closing
 * quotes and brackets, when the next word starts a sentence; titles and abbreviations ("Mr", "Cllr", "No.", "e.g."),
 * initials and decimals do not end one.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "cllr", "prof", "rev",
            "gen", "col", "capt", "sgt", "insp", "supt", "det", "con", "pc", "no", "nos", "co", "ltd", "inc", "vs",
            "etc", "eg", "ie", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "fig", "vol", "cf", "ref", "tel", "est", "mt", "ft", "hon", "rt", "sr", "jr", "lt", "cmdr", "e.g",
            "i.e", "a.m", "p.m", "u.s", "u.k");

    private SentenceSplitter() {
    }

    /** Sentences of the text, in order. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (int[] p : paragraphs(text)) {
            int before = sentences.size();
            splitParagraph(text, p[0], p[1], paragraph, sentences);
            if (sentences.size() > before) {
                paragraph++;
            }
        }
        return sentences;
    }

    /** [start, end) of each non-blank paragraph. */
    static List<int[]> paragraphs(String text) {
        boolean blankLines = hasBlankLine(text);
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            boolean atEnd = i == text.length();
            if (atEnd || text.charAt(i) == '\n') {
                int lineEnd = i;
                boolean breakHere = atEnd || !blankLines || isBlankLineAfter(text, i);
                if (breakHere) {
                    if (!text.substring(start, lineEnd).isBlank()) {
                        out.add(new int[] {start, lineEnd});
                    }
                    start = i + 1;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean hasBlankLine(String text) {
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (isBlankLineAfter(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the line after the newline at {@code nl} is blank. */
    private static boolean isBlankLineAfter(String text, int nl) {
        for (int j = nl + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < to && ".!?\u2026".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                while (j < to && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(j)) && startsSentence(text, j, to)
                        && !(c == '.' && j == i + 1 && abbreviationBefore(text, start, i))) {
                    add(text, start, j, paragraph, out);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(text, start, to, paragraph, out);
    }

    private static boolean startsSentence(String text, int ws, int to) {
        int k = ws;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        char n = text.charAt(k);
        return Character.isUpperCase(n) || Character.isDigit(n) || "\"'\u201C\u2018(\u00A3$\u20AC[".indexOf(n) >= 0;
    }

    /** True when the word ending at the period is a title, an abbreviation or an initial. */
    private static boolean abbreviationBefore(String text, int sentenceStart, int period) {
        int k = period;
        while (k > sentenceStart && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(out.size(), paragraph, s, e, text.substring(s, e)));
        }
    }
}
