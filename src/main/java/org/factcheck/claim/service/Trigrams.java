package org.factcheck.claim.service;

import java.util.Arrays;

/**
 * The trigrams of a normalised claim text, as PostgreSQL's pg_trgm takes them (each word padded with two spaces before
 * and one after), and their similarity. A claim's trigrams are computed once, each packed into a long (three 16-bit
 * chars), sorted and distinct: matching scores up to 200 candidates against one query, and building a set of
 * substrings for both sides of every pair took an eighth of the JVM's CPU under the mixed load.
 */
final class Trigrams {

    private static final Trigrams NONE = new Trigrams(new long[0]);

    private final long[] codes;

    private Trigrams(long[] codes) {
        this.codes = codes;
    }

    static Trigrams of(String text) {
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
        return new Trigrams(Arrays.copyOf(all, distinct));
    }

    int size() {
        return codes.length;
    }

    /** pg_trgm-style similarity: shared trigrams over all distinct trigrams of both; 0 when either has none. */
    double similarity(Trigrams other) {
        long[] a = codes;
        long[] b = other.codes;
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
