package org.factcheck.claim.service;

import java.util.HashSet;
import java.util.Set;

/** Trigram similarity of two normalised claim texts, as PostgreSQL's pg_trgm computes it. */
final class Trigrams {

    private Trigrams() {
    }

    /** pg_trgm-style similarity: shared trigrams of the padded words over all distinct trigrams. */
    static double similarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (ta.size() + tb.size() - shared);
    }

    private static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
