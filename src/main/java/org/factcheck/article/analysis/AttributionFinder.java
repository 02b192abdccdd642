package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attribution of one sentence from its tokens (quoted tokens are never read as attribution): "X said
 * (that) ...", "“...,” X said", "“...,” said X", "X said: “...”", "..., X said.", "According to X, ...", "...,
 * according to X", "claims from X that ...", with appositives ("Dave Holloway, who chairs the Federation, said") and
 * ", adding (that) ..." for a second claim by the same speaker.
 */
public final class AttributionFinder {

    private static final Set<String> OBJECT_VERBS = Set.of("told", "tells", "urged", "urges", "warned", "reminded",
            "assured", "informed", "accused", "described");

    private final String text;
    private final List<Token> t;
    private final SpeakerScanner speakers;

    private AttributionFinder(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
        this.speakers = new SpeakerScanner(text, tokens);
    }

    /** The attribution of a sentence given as tokens of the plain text, or null when it has none. */
    public static Attribution find(String text, List<Token> tokens) {
        return new AttributionFinder(text, tokens).find();
    }

    private Attribution find() {
        Attribution a = accordingTo();
        if (a == null) {
            a = claimsFrom();
        }
        if (a != null) {
            return a;
        }
        for (int k = 0; k < t.size(); k++) {
            Token v = t.get(k);
            if (v.quoted() || !v.word() || !Lexicon.REPORTING_VERBS.contains(v.lower())
                    || v.is("pointed") && !(k + 1 < t.size() && (t.get(k + 1).is("out") || t.get(k + 1).is("to")))
                    || k + 1 < t.size() && Lexicon.REFLEXIVES.contains(t.get(k + 1).lower())) {
                continue;
            }
            int[] left = speakers.leftSpeaker(k);
            if (left != null && counted(left[0])) {
                continue; // respondents, not a speaker: "4,120 of the borough's 239,000 residents said they were Jain"
            }
            if (left != null) {
                return build(left, k);
            }
            if (Lexicon.INVERTABLE.contains(v.lower()) && (k == 0 || t.get(k - 1).quoted() || t.get(k - 1).is(','))) {
                int[] right = speakers.rightSpeaker(k);
                if (right != null) {
                    return build(right, k);
                }
            }
        }
        return null;
    }

    /** Whether the phrase starting at token i is counted ("4,120 residents", "of its 239,000 residents"). */
    private boolean counted(int i) {
        int j = i - 1;
        if (j >= 1 && (t.get(j).word() && Lexicon.DETERMINERS.contains(t.get(j).lower()) || t.get(j).text().endsWith("'s")
                || t.get(j).text().endsWith("\u2019s"))) {
            j--;
        }
        return j >= 0 && t.get(j).word() && Character.isDigit(t.get(j).text().charAt(0));
    }

    // ---- contents -------------------------------------------------------------------------------------------

    private Attribution build(int[] sp, int verb) {
        Mention speaker = mention(sp);
        String verbText = t.get(verb).lower();
        int after = verb + 1;
        if (verbText.equals("pointed")) {
            verbText = "pointed " + t.get(after).lower();
            after++;
        }
        int addingAt = addingIndex(after);
        int restEnd = addingAt < 0 ? t.size() : addingAt - 1;
        int from = sp[0] > verb ? (sp[3] >= 0 ? sp[3] : sp[1]) + 1 : after;
        int rest = skipAttributionWords(from, restEnd);
        int[] adding = addingAt < 0 ? null : span(skipThat(addingAt + 1), t.size());
        if (OBJECT_VERBS.contains(verbText)) {
            rest = skipObject(rest, restEnd);
        }
        boolean nothingAfter = onlyPunctuation(rest, restEnd);
        int before = Math.min(sp[0], verb);
        if (nothingAfter) {
            if (anyQuoted(0, before)) {
                return new Attribution(speaker, verbText, Attribution.Kind.QUOTE_AFTER, List.of(), adding, null);
            }
            int[] content = span(0, trimComma(before));
            return new Attribution(speaker, verbText, Attribution.Kind.FINAL,
                    content == null ? List.of() : List.of(content), adding, null);
        }
        if (rest < t.size() && (t.get(rest).is(':') || t.get(rest).quoted() && allQuoted(rest, restEnd))) {
            return new Attribution(speaker, verbText, Attribution.Kind.QUOTE_BEFORE, List.of(), adding, null);
        }
        int[] content = span(skipThat(rest), restEnd);
        int[] prefix = null;
        if (before >= 3 && t.get(before - 1).word() && (t.get(before - 1).is("and") || t.get(before - 1).is("but")
                || t.get(before - 1).is("while")) && before >= 2 && t.get(before - 2).is(',')) {
            prefix = span(0, before - 2);
        }
        return new Attribution(speaker, verbText, Attribution.Kind.INDIRECT,
                content == null ? List.of() : List.of(content), adding, prefix);
    }

    private Mention mention(int[] sp) {
        int s = t.get(sp[0]).start();
        int e = t.get(sp[1]).end();
        String role = null;
        if (sp[2] >= 0 && sp[3] >= sp[2]) {
            role = text.substring(t.get(sp[2]).start(), t.get(sp[3]).end());
        }
        return new Mention(text.substring(s, e), s, e, role);
    }

    private Attribution accordingTo() {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).quoted() || !t.get(i).is("according") || !t.get(i + 1).is("to")) {
                continue;
            }
            int end = i + 2;
            while (end < t.size() && t.get(end).word() && !t.get(end).quoted()) {
                end++;
            }
            if (end == i + 2) {
                return null;
            }
            Mention m = mention(new int[] {i + 2, end - 1, -1, -1});
            List<int[]> contents = new ArrayList<>();
            int[] before = span(0, trimComma(i));
            if (before != null && !onlyOpeners(0, i)) {
                contents.add(before);
            } else {
                int from = end < t.size() && t.get(end).is(',') ? end + 1 : end;
                int[] after = span(from, t.size());
                if (after != null) {
                    contents.add(after);
                }
            }
            return new Attribution(m, "according to", Attribution.Kind.ACCORDING_TO, contents, null, null);
        }
        return null;
    }

    private Attribution claimsFrom() {
        for (int i = 0; i + 3 < t.size(); i++) {
            Token c = t.get(i);
            if (c.quoted() || !(c.is("claims") || c.is("claim") || c.is("suggestions") || c.is("allegations"))
                    || !(t.get(i + 1).is("from") || t.get(i + 1).is("by"))) {
                continue;
            }
            for (int j = i + 2; j < t.size() && j <= i + 10; j++) {
                if (t.get(j).is("that")) {
                    int[] np = speakers.npBackwards(j - 1);
                    if (np == null || np[0] < i + 2) {
                        return null;
                    }
                    int[] content = span(j + 1, t.size());
                    return new Attribution(mention(new int[] {np[0], np[1], -1, -1}), "claims",
                            Attribution.Kind.CLAIMS_FROM, content == null ? List.of() : List.of(content), null, null);
                }
            }
        }
        return null;
    }

    private int addingIndex(int from) {
        for (int i = from; i + 1 < t.size(); i++) {
            if (t.get(i).is(',') && !t.get(i).quoted() && t.get(i + 1).is("adding")) {
                return i + 1;
            }
        }
        return -1;
    }

    private int skipAttributionWords(int from, int to) {
        int i = from;
        int limit = Math.min(to, from + 4);
        int j = i;
        while (j < limit && t.get(j).word() && Lexicon.TIME_AFTER_VERB.contains(t.get(j).lower())) {
            j++;
        }
        if (j > i && (j >= to || t.get(j).is("that") || t.get(j).is(':') || t.get(j).is('.') || t.get(j).quoted())) {
            return j;
        }
        return i;
    }

    private int skipThat(int i) {
        int j = i;
        while (j < t.size() && (t.get(j).is("that") || t.get(j).is(':'))) {
            j++;
        }
        return j;
    }

    /** Skips the person told: "told the BBC (that)", "told reporters", "told the meeting". */
    private int skipObject(int from, int to) {
        for (int j = from; j < to && j <= from + 8; j++) {
            if (t.get(j).is("that")) {
                return j;
            }
        }
        if (to - from <= 4 && !anyQuoted(from, to)) {
            return to; // "she told delegates."
        }
        int j = from;
        if (j < to && Lexicon.DETERMINERS.contains(t.get(j).lower())) {
            j++;
        }
        while (j < to && t.get(j).word() && (t.get(j).capitalised() || SpeakerScanner.speakerWord(t.get(j).lower())
                || t.get(j).is("meeting") || t.get(j).is("reporters") || t.get(j).is("journalists"))) {
            j++;
        }
        return j;
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).word() || t.get(i).quoted()) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyOpeners(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).word() && !Lexicon.SENTENCE_OPENERS.contains(t.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean anyQuoted(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).quoted()) {
                return true;
            }
        }
        return false;
    }

    private boolean allQuoted(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!t.get(i).quoted() && t.get(i).word()) {
                return false;
            }
        }
        return true;
    }

    private int trimComma(int end) {
        int e = end;
        while (e > 0 && !t.get(e - 1).word() && !t.get(e - 1).quoted()) {
            e--;
        }
        return e;
    }

    /** The plain-text span of tokens [from, to), without trailing punctuation, or null when it holds no word. */
    private int[] span(int from, int to) {
        int e = Math.min(to, t.size());
        while (e > from && !t.get(e - 1).word() && !t.get(e - 1).quoted()) {
            e--;
        }
        if (from >= e) {
            return null;
        }
        return new int[] {t.get(from).start(), t.get(e - 1).end()};
    }
}
