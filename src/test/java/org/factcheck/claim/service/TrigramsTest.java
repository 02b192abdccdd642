package org.factcheck.claim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed trigrams against the plain definition: sets of padded three-character substrings. */
class TrigramsTest {

    @Test
    void scoresAsTheSetsOfSubstringsDo() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "barnet pays the highest police funding per head",
                "barnet  pays   the highest", "london has lost over 700 million", "london lost 700 million",
                "the met employs 32000 officers", "scotland yard has 32000 fte officers", "ab ab ab", "aaa aaaa",
                "é ü 日本 \uD83D\uDE00 emoji", " leading and trailing ", "Barnet's £700m, 32,000 officers!",
                "ÉTÉ Été"));
        Random random = new Random(7);
        String alphabet = "ab c dé\uD83D\uDE00,.A";
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String a : texts) {
            assertEquals(substrings(a).size(), Trigrams.of(a).size(), "distinct trigrams of '" + a + "'");
            for (String b : texts) {
                assertEquals(similarity(a, b), Trigrams.of(a).similarity(Trigrams.of(b)), 1e-12,
                        "'" + a + "' against '" + b + "'");
            }
        }
    }

    private static double similarity(String a, String b) {
        Set<String> ta = substrings(a);
        Set<String> tb = substrings(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(ta);
        shared.retainAll(tb);
        return (double) shared.size() / (ta.size() + tb.size() - shared.size());
    }

    /** pg_trgm's words: lower case, split at anything but a letter or a digit. */
    private static Set<String> substrings(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                String padded = "  " + word + " ";
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    out.add(padded.substring(i, i + 3));
                }
            }
        }
        return out;
    }
}
