package org.factcheck.claim.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The trigrams of a claim's text, as PostgreSQL's pg_trgm takes them (lower case, split at anything but letters and
 * digits, each word padded with two spaces before and one after), and their similarity. A claim's trigrams are
 * computed once, each packed into a long (three 16-bit chars), sorted and distinct: matching scores up to 200
 * candidates against one query, and building a set of substrings for both sides of every pair took an eighth of the
 * JVM's CPU under the mixed load. They are computed when first compared, since most candidates are rejected before
 * (a different number or place), and building every candidate's trigrams was still a third of matching's CPU. Not
 * thread-safe: one request's terms, one thread.
 */
final class Trigrams {

    private static final long[] NONE = new long[0];

    /** Runs of anything but letters and digits. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The claim's text, until the codes are computed. */
    private String text;
    private long[] codes;

    private Trigrams(String text) {
        this.text = text;
    }

    /** The trigrams of a claim's text, computed when first used. */
    static Trigrams of(String text) {
        return new Trigrams(text);
    }

    private long[] codes() {
        if (codes == null) {
            codes = compute(normalise(text));
            text = null;
        }
        return codes;
    }

    private static String normalise(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static long[] compute(String text) {
        long[] all = new long[text.length() * 3 + 3];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                // the padded word: two spaces, the word, one space
                char a = ' ';
                char b = ' ';
                for (int j = start; j <= i; j++) {
                    char c = j < i ? text.charAt(j) : ' ';
                    all[n++] = (long) a << 32 | (long) b << 16 | c;
                    a = b;
                    b = c;
                }
            }
        }
        if (n == 0) {
            return NONE;
        }
        Arrays.sort(all, 0, n);
        int distinct = 1;
        for (int k = 1; k < n; k++) {
            if (all[k] != all[distinct - 1]) {
                all[distinct++] = all[k];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    int size() {
        return codes().length;
    }

    /** pg_trgm-style similarity: shared trigrams over all distinct trigrams of both; 0 when either has none. */
    double similarity(Trigrams other) {
        long[] a = codes();
        long[] b = other.codes();
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
