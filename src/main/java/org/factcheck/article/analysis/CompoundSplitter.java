package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a claim into the separate facts it asserts: at ';', at ", and" / ", but" / ", while" / "– but", at a
 * colon before a clause, and at a bare "and" / "but" when both sides are clauses ("... has lost £700 million, and
 * that has led to more than 3,000 police staff being lost and 120 police buildings being sold off"). Coordinated
 * names and figures ("England and Wales", "aged 19 and 22", "between 2010 and 2015", "youth services and refuse
 * collection") are not split. A part that starts with a verb gets the subject of the first part for checking:
 * "Barnet pays the most but gets fewer officers" checks "Barnet gets fewer officers".
 */
public final class CompoundSplitter {

    /** One asserted fact: [start, end) in the plain text, and the text to check (with a carried subject). */
    public record Part(int start, int end, String checkText) {
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whilst", "whereas", "although",
            "though", "yet");
    private static final Set<String> BARE = Set.of("and", "but", "while", "whilst", "whereas");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "pays", "paid",
            "pay", "gets", "got", "get", "won", "lost", "loses", "fell", "rose", "grew", "saw", "sees", "made",
            "makes", "took", "takes", "gave", "gives", "spent", "spends", "cut", "cuts", "built", "holds", "held",
            "kept", "keeps", "remains", "remained", "stood", "stands", "means", "says", "said", "went", "goes",
            "came", "comes", "manage", "managed", "live", "lives", "lived", "received", "receives", "owns", "own",
            "needs", "need", "faces", "faced", "being", "been", "having", "became", "becomes", "sold", "hit", "led",
            "leads", "put", "set", "know", "knows", "shows", "showed", "employs", "accounts", "recycled", "earned",
            "charges", "charged", "lobby", "scrap", "fight", "deserve", "deserves", "contribute", "fund", "run",
            "runs");
    private static final Set<String> SUBJECTLESS = Set.of("and", "or", "the", "a", "an", "to", "of", "in", "on");

    private CompoundSplitter() {
    }

    /** The parts of text[start, end); one part when it asserts one fact. */
    public static List<Part> split(String text, int start, int end) {
        List<Token> t = Token.tokenise(text, start, end, List.of());
        List<int[]> cuts = new ArrayList<>();
        for (int i = 1; i < t.size() - 1; i++) {
            Token x = t.get(i);
            if (x.is(';')) {
                cuts.add(new int[] {i, i + 1});
            } else if ((x.is(',') || x.is('\u2013') || x.is('\u2014') || x.is('-'))
                    && t.get(i + 1).word() && COORDINATORS.contains(t.get(i + 1).lower())
                    && clause(t, i + 2, t.size()) && clause(t, lastCut(cuts), i)) {
                cuts.add(new int[] {i, i + 2});
                i++;
            } else if (x.is(':') && clause(t, i + 1, t.size()) && clause(t, lastCut(cuts), i)) {
                cuts.add(new int[] {i, i + 1});
            } else if (x.word() && BARE.contains(x.lower()) && !t.get(i - 1).is(',') && !protectedAnd(t, i)
                    && clause(t, i + 1, t.size()) && clause(t, lastCut(cuts), i)) {
                cuts.add(new int[] {i, i + 1});
            }
        }
        List<Part> parts = new ArrayList<>();
        int from = 0;
        String subject = null;
        for (int k = 0; k <= cuts.size(); k++) {
            int to = k < cuts.size() ? cuts.get(k)[0] : t.size();
            if (to > from) {
                int s = t.get(from).start();
                int e = t.get(to - 1).end();
                while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))
                        && "%\u201D\"')".indexOf(text.charAt(e - 1)) < 0) {
                    e--;
                }
                String own = text.substring(s, e);
                String check = own;
                if (k == 0) {
                    subject = subject(t, from, to);
                } else if (subject != null && startsWithVerb(t, from)) {
                    check = subject + " " + own;
                }
                if (words(t, from, to) >= 3 || cuts.isEmpty()) {
                    parts.add(new Part(s, e, check));
                } else if (!parts.isEmpty()) {
                    Part last = parts.remove(parts.size() - 1);
                    parts.add(new Part(last.start(), e, text.substring(last.start(), e)));
                }
            }
            from = k < cuts.size() ? cuts.get(k)[1] : t.size();
        }
        if (parts.isEmpty()) {
            parts.add(new Part(start, end, text.substring(start, end)));
        }
        return parts;
    }

    private static int lastCut(List<int[]> cuts) {
        return cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1)[1];
    }

    /** True when tokens [from, to) hold a verb: a clause, not a list of nouns. */
    private static boolean clause(List<Token> t, int from, int to) {
        int words = 0;
        for (int i = from; i < to && i < from + 12; i++) {
            Token x = t.get(i);
            if (!x.word()) {
                if (x.is(',') || x.is(';')) {
                    break;
                }
                continue;
            }
            words++;
            if (verb(t, i)) {
                return words >= 1 && wordsBetween(t, from, to) >= 2;
            }
        }
        return false;
    }

    private static boolean verb(List<Token> t, int i) {
        String l = t.get(i).lower();
        if (VERBS.contains(l)) {
            return true;
        }
        return l.length() > 4 && l.endsWith("ed") && !t.get(i).capitalised()
                && !(i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a")));
    }

    private static boolean startsWithVerb(List<Token> t, int from) {
        return from < t.size() && VERBS.contains(t.get(from).lower()) && !t.get(from).is("being")
                && !t.get(from).is("having");
    }

    /** The subject of the first part: the words before its first verb ("Barnet" in "Barnet pays ..."). */
    private static String subject(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (verb(t, i)) {
                if (i == from || SUBJECTLESS.contains(t.get(i - 1).lower()) || t.get(from).is("to")
                        || wordsBetween(t, from, i) == 0) {
                    return null;
                }
                return joined(t, from, i);
            }
        }
        return null;
    }

    /** "England and Wales", "19 and 22", "between 2010 and 2015", "both ... and ...". */
    private static boolean protectedAnd(List<Token> t, int i) {
        Token before = t.get(i - 1);
        Token after = t.get(i + 1);
        if (before.capitalised() && after.capitalised() || Character.isDigit(before.text().charAt(0))
                && Character.isDigit(after.text().charAt(0))) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (t.get(j).is("between") || t.get(j).is("both")) {
                return true;
            }
        }
        return false;
    }

    private static int words(List<Token> t, int from, int to) {
        return wordsBetween(t, from, to);
    }

    private static int wordsBetween(List<Token> t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.get(i).word()) {
                n++;
            }
        }
        return n;
    }

    private static String joined(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0 && t.get(i).word()) {
                b.append(' ');
            }
            b.append(t.get(i).text());
        }
        return b.toString();
    }
}
