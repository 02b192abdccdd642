package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds listed words and phrases in lower-case text by looking words up, not by trying a regular expression at
 * every character: the cue lists are long, and the article analysis must stay within a few milliseconds. A word
 * ending in '*' matches any word it starts ("disgrace*" matches "disgraceful").
 */
final class PhraseMatcher {

    private final Map<String, List<String[]>> exact = new HashMap<>();
    private final List<String[]> prefixed = new ArrayList<>();

    PhraseMatcher(String... phrases) {
        for (String p : phrases) {
            String[] words = p.trim().split(" ");
            if (words[0].endsWith("*")) {
                prefixed.add(words);
            } else {
                exact.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
    }

    /** The words of a lower-case text: letters, digits, apostrophes and '&' (hyphens separate words). */
    static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !wordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(lower.substring(start, i));
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '&';
    }

    /** The first listed phrase in the words, as written there; null when none. */
    String first(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String found = at(words, i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every listed phrase in the words, in order, at most {@code limit}. */
    List<String> all(List<String> words, int limit) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size() && out.size() < limit; i++) {
            String found = at(words, i);
            if (found != null && !out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    private String at(List<String> words, int i) {
        String best = null;
        List<String[]> candidates = exact.get(words.get(i));
        if (candidates != null) {
            for (String[] p : candidates) {
                best = longer(best, match(words, i, p));
            }
        }
        for (String[] p : prefixed) {
            best = longer(best, match(words, i, p));
        }
        return best;
    }

    private static String longer(String a, String b) {
        return b == null || a != null && a.length() >= b.length() ? a : b;
    }

    private static String match(List<String> words, int i, String[] phrase) {
        if (i + phrase.length > words.size()) {
            return null;
        }
        for (int k = 0; k < phrase.length; k++) {
            String w = words.get(i + k);
            String p = phrase[k];
            boolean ok = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
            if (!ok) {
                return null;
            }
        }
        return String.join(" ", words.subList(i, i + phrase.length));
    }
}
