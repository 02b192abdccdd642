package org.factcheck.article.analysis;

import java.util.List;
import java.util.Set;

/**
 * Finds the speaker phrase next to a reporting verb in a sentence's tokens: to its left ("Mr Khan said", "the
 * Conservative group has pledged", with an appositive "Dave Holloway, who chairs the Federation, said"), or to its
 * right ("said Cllr Ahmet Demir, Haringey's cabinet member"). Indexes are token positions; quoted tokens are never
 * part of a speaker.
 */
final class SpeakerScanner {

    private static final int MAX_APPOSITIVE = 30;
    private static final int MAX_PHRASE = 12;
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("who", "which", "whose", "a", "an", "the", "its",
            "his", "her", "their", "chief", "head", "leader", "chair", "director");

    private final String text;
    private final List<Token> t;

    SpeakerScanner(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
    }

    /** [start, end, roleStart, roleEnd] token indexes of the speaker left of the verb at k, or null. */
    int[] leftSpeaker(int k) {
        int j = skipBetween(k - 1);
        int published = j;
        while (published >= 0 && k - published <= 5 && t.get(published).word() && !t.get(published).quoted()
                && !Lexicon.PUBLISHED.contains(t.get(published).lower())
                && Lexicon.TIME_AFTER_VERB.contains(t.get(published).lower())) {
            published--;
        }
        if (published > 0 && t.get(published).word() && Lexicon.PUBLISHED.contains(t.get(published).lower())
                && Lexicon.DATA_NOUNS.contains(t.get(published - 1).lower())) {
            j = skipBetween(published - 1);
        }
        if (j < 0 || t.get(j).quoted()) {
            return null;
        }
        if (t.get(j).is(',')) {
            int[] nearest = null;
            for (int c = j - 1; c >= 0 && j - c <= MAX_APPOSITIVE; c--) {
                Token x = t.get(c);
                if (x.quoted() || !x.word() && !x.is(',') && !x.text().equals("\u2019") && !x.text().equals("'")
                        && !x.is('-')) {
                    break;
                }
                if (x.is(',') && c + 1 <= j - 1) {
                    int[] np = npBackwards(c - 1);
                    if (np == null) {
                        continue;
                    }
                    int[] candidate = {np[0], np[1], c + 1, j - 1};
                    if (APPOSITIVE_OPENERS.contains(t.get(c + 1).lower())) {
                        return candidate;
                    }
                    if (nearest == null) {
                        nearest = candidate;
                    }
                }
            }
            return nearest;
        }
        int[] np = npBackwards(j);
        return np == null ? null : new int[] {np[0], np[1], -1, -1};
    }

    private int skipBetween(int from) {
        int j = from;
        while (j >= 0 && t.get(j).word() && !t.get(j).quoted() && Lexicon.BETWEEN.contains(t.get(j).lower())
                && !Lexicon.PRONOUNS.contains(t.get(j).lower())) {
            j--;
        }
        return j;
    }

    /** Inverted: the speaker right of the verb at k ("said Cllr Ahmet Demir, Haringey's cabinet member"). */
    int[] rightSpeaker(int k) {
        int i = k + 1;
        int start = i;
        if (i < t.size() && t.get(i).word() && Lexicon.DETERMINERS.contains(t.get(i).lower())) {
            i++;
        }
        while (i < t.size() && i - start < MAX_PHRASE && t.get(i).word() && !t.get(i).quoted()
                && (t.get(i).capitalised()
                || speakerWord(t.get(i).lower()) || Lexicon.CONNECTORS.contains(t.get(i).lower())
                && i + 1 < t.size() && t.get(i + 1).capitalised())) {
            i++;
        }
        int end = i - 1;
        if (end < start || !valid(start, end)) {
            return null;
        }
        if (i + 1 < t.size() && t.get(i).is(',') && t.get(i + 1).word()) {
            int r = i + 1;
            while (r < t.size() && r - i < MAX_APPOSITIVE
                    && !(t.get(r).is('.') || t.get(r).is(',') || t.get(r).quoted())) {
                r++;
            }
            return new int[] {start, end, i + 1, r - 1};
        }
        return new int[] {start, end, -1, -1};
    }

    /** [start, end] of a speaker phrase ending at token j, or null when none is there. */
    int[] npBackwards(int j) {
        if (j < 0) {
            return null;
        }
        Token last = t.get(j);
        if (last.word() && Lexicon.PRONOUNS.contains(last.lower()) && !last.quoted()) {
            return last.is("i") || last.is("we") ? null : new int[] {j, j};
        }
        int body = bodyStart(j);
        if (body >= 0) {
            int b = body > 0 && Lexicon.DETERMINERS.contains(t.get(body - 1).lower()) ? body - 1 : body;
            return new int[] {b, j};
        }
        int i = j;
        while (i >= 0 && j - i < MAX_PHRASE) {
            Token x = t.get(i);
            if (x.quoted()) {
                break;
            }
            if (!x.word()) {
                if ((x.text().equals("\u2019") || x.text().equals("'")) && i > 0 && t.get(i - 1).word()) {
                    i--;
                    continue;
                }
                break;
            }
            String l = x.lower();
            if (Lexicon.PRONOUNS.contains(l)) {
                break;
            }
            if (Lexicon.DETERMINERS.contains(l)) {
                i--;
                break;
            }
            boolean connector = Lexicon.CONNECTORS.contains(l) && i > 0 && t.get(i - 1).word()
                    && (t.get(i - 1).capitalised() || speakerWord(t.get(i - 1).lower()));
            if (!(x.capitalised() || speakerWord(l) || connector)) {
                break;
            }
            i--;
        }
        int start = i + 1;
        while (start <= j && (Lexicon.CONNECTORS.contains(t.get(start).lower())
                || Lexicon.SENTENCE_OPENERS.contains(t.get(start).lower())
                || !t.get(start).word())) {
            start++;
        }
        return start <= j && valid(start, j) ? new int[] {start, j} : null;
    }

    /** The token where a known body that ends at token j starts ("Ministry of Housing, Communities and ..."), or -1. */
    private int bodyStart(int j) {
        int end = t.get(j).end();
        for (String b : Lexicon.BODIES) {
            int start = end - b.length();
            if (b.indexOf(' ') < 0 || start < 0 || !text.regionMatches(true, start, b, 0, b.length())) {
                continue;
            }
            for (int i = j; i >= 0 && t.get(i).start() >= start; i--) {
                if (t.get(i).start() == start && !t.get(i).quoted()) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean speakerWord(String l) {
        String base = l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
        return Lexicon.PERSON_ROLES.contains(base) || Lexicon.ORG_HEADS.contains(base)
                || Lexicon.MODIFIERS.contains(base) || Lexicon.DATA_NOUNS.contains(base);
    }

    /** A phrase can name a speaker when it has a pronoun, a role, an organisation or a proper name in it. */
    private boolean valid(int start, int end) {
        for (int i = start; i <= end; i++) {
            Token x = t.get(i);
            if (!x.word()) {
                continue;
            }
            String l = x.lower();
            if (Lexicon.PRONOUNS.contains(l) || speakerWord(l)) {
                return true;
            }
            if (x.capitalised() && !Lexicon.SENTENCE_OPENERS.contains(l) && !Lexicon.DETERMINERS.contains(l)
                    && !Character.isDigit(x.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
