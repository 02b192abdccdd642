package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reading the words of a speaker phrase: a person's name and titles, roles, a known public body, the organisation a
 * spokesperson speaks for, the owner of data ("Home Office figures").
 */
final class SpeakerPhrase {

    private final PlaceNames places;

    SpeakerPhrase(PlaceNames places) {
        this.places = places;
    }

    /** The name in a phrase: a title with the capitalised words after it, or 2-3 trailing proper words. */
    List<String> personName(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String l = clean(w.get(i));
            if (Lexicon.TITLES.contains(l) && !Lexicon.PERSON_ROLES.contains(l)
                    && Character.isUpperCase(w.get(i).charAt(0))) {
                List<String> name = new ArrayList<>();
                for (int j = i; j < w.size() && Character.isUpperCase(w.get(j).charAt(0)); j++) {
                    name.add(w.get(j));
                }
                if (name.size() >= 2) {
                    return name;
                }
            }
        }
        int end = w.size();
        int start = end;
        if (end >= 2 && surnameThatIsAPlace(w.get(end - 2), w.get(end - 1))) {
            start = end - 1;
        }
        while (start > 0 && properWord(w.get(start - 1)) && end - start < 3) {
            start--;
        }
        if (end - start < 2 || start > 0 && Lexicon.CONNECTORS.contains(clean(w.get(start - 1)))) {
            return null;
        }
        return new ArrayList<>(w.subList(start, end));
    }

    /** The end (exclusive) of a 2-3 word name starting at {@code from}, or {@code from} when none starts there. */
    int nameEnd(List<String> w, int from) {
        int j = from;
        while (j < w.size() && j < from + 3 && properWord(w.get(j))) {
            j++;
        }
        if (j < w.size() && j < from + 3 && j > from && surnameThatIsAPlace(w.get(j - 1), w.get(j))) {
            j++;
        }
        if (j < w.size() && Character.isUpperCase(w.get(j).charAt(0)) && Lexicon.ORG_HEADS.contains(clean(w.get(j)))) {
            return from; // "Territorial Support Group" names a body, not a person
        }
        return j - from >= 2 ? j : from;
    }

    /** "Tom Wakefield": a proper word, then a capitalised place name that is not an organisation's. */
    private boolean surnameThatIsAPlace(String first, String last) {
        return properWord(first) && places.isPlaceWord(last) && Character.isUpperCase(last.charAt(0))
                && !Lexicon.ORG_HEADS.contains(clean(last));
    }

    /** A capitalised word that can be part of a person's name. */
    boolean properWord(String word) {
        String l = clean(word);
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && !word.equals(word.toUpperCase(Locale.ROOT)) && !Lexicon.PERSON_ROLES.contains(l)
                && !Lexicon.ORG_HEADS.contains(l) && !Lexicon.TITLES.contains(l) && !Lexicon.MODIFIERS.contains(l)
                && !Lexicon.SENTENCE_OPENERS.contains(l) && !Lexicon.DATA_NOUNS.contains(l)
                && !places.isPlaceWord(word) && !word.endsWith("'s") && !word.endsWith("\u2019s")
                && !Lexicon.DETERMINERS.contains(l) && !Lexicon.WEEKDAYS_AND_MONTHS.contains(l);
    }

    boolean looksLikeName(List<String> w) {
        return w.size() >= 2 && w.size() <= 5 && personName(w) != null && roleWords(w).isEmpty();
    }

    static Set<String> roleWords(List<String> w) {
        Set<String> out = new HashSet<>();
        for (String s : w) {
            String l = clean(s);
            if (Lexicon.PERSON_ROLES.contains(l) && !Lexicon.TITLES.contains(l) || l.equals("mayor")) {
                out.add(l);
            }
        }
        return out;
    }

    /** The owner of data: "Home Office figures", "the index from HM Land Registry", "figures compiled by the GLA". */
    static String owner(List<String> w) {
        for (int i = w.size() - 1; i >= 0; i--) {
            String l = clean(w.get(i));
            if ((l.equals("from") || l.equals("by")) && i + 1 < w.size()) {
                return String.join(" ", w.subList(i + 1, w.size()));
            }
        }
        String body = knownBody(String.join(" ", w));
        if (body != null) {
            return body;
        }
        List<String> caps = new ArrayList<>();
        for (String s : w) {
            String l = clean(s);
            if (Lexicon.DATA_NOUNS.contains(l)) {
                break;
            }
            if (Character.isUpperCase(s.charAt(0)) && !Lexicon.SENTENCE_OPENERS.contains(l)
                    && !Lexicon.DETERMINERS.contains(l) && !l.equals("new") && !l.equals("official")
                    && !l.equals("latest")) {
                caps.add(s);
            }
        }
        return caps.isEmpty() ? null : String.join(" ", caps);
    }

    /** Where "spokesperson", "source" or "insider" is: someone speaking for an organisation; -1 when none. */
    static int indexOfSpokes(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String l = clean(w.get(i));
            if (l.startsWith("spokes") || l.equals("source") || l.equals("sources") || l.startsWith("insider")) {
                return i;
            }
        }
        return -1;
    }

    /** "a Home Office spokesperson" -> Home Office; "a spokesman for the Mayor of London" -> Mayor of London. */
    static String spokesOrg(List<String> w, int spokes) {
        if (spokes + 2 < w.size() && clean(w.get(spokes + 1)).equals("for")) {
            return String.join(" ", w.subList(spokes + 2, w.size()));
        }
        List<String> before = new ArrayList<>();
        for (String s : w.subList(0, spokes)) {
            String l = clean(s);
            if (Lexicon.DETERMINERS.contains(l) || Character.isLowerCase(s.charAt(0)) && Lexicon.MODIFIERS.contains(l)
                    && !Lexicon.ORG_HEADS.contains(l)) {
                continue;
            }
            before.add(s.replaceAll("['\u2019]s?$", ""));
        }
        return before.isEmpty() ? null : String.join(" ", before);
    }

    /** The first known public body named in the text, whole words only. */
    static String knownBody(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int k = 0; k < Lexicon.BODIES.size(); k++) {
            String b = Lexicon.BODIES.get(k);
            int i = lower.indexOf(Lexicon.BODIES_LOWER.get(k));
            if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (i + b.length() == lower.length() || !Character.isLetter(lower.charAt(i + b.length())))) {
                return b;
            }
        }
        return null;
    }

    /** The public bodies a text names, by their usual names ("the Met" is the Metropolitan Police). */
    static Set<String> bodiesIn(String text) {
        Set<String> out = new HashSet<>();
        for (String b : Lexicon.BODIES) {
            int i = text.indexOf(b);
            if (i >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + b.length() == text.length() || !Character.isLetter(text.charAt(i + b.length())))) {
                out.add(canonicalOrg(b));
            }
        }
        if (text.matches("(?s).*\\b[Tt]he Met\\b.*")) {
            out.add("Metropolitan Police");
        }
        return out;
    }

    /** An organisation's usual name: aliases resolved ("the Met"), determiners and possessives dropped. */
    static String canonicalOrg(String phrase) {
        List<String> w = stripDeterminers(words(phrase.replaceAll("['\u2019]s?$", "")));
        String joined = String.join(" ", w).trim();
        for (String[] alias : Lexicon.ALIASES) {
            if (alias[0].equals(joined.toLowerCase(Locale.ROOT))) {
                return alias[1];
            }
        }
        String body = knownBody(joined);
        return body != null && body.length() >= joined.length() - 1 ? body : joined;
    }

    static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String s : name.split("\\s+")) {
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                b.append(s.charAt(0));
            }
        }
        return b.toString();
    }

    static boolean capitalisedAny(List<String> w) {
        return w.stream().anyMatch(s -> Character.isUpperCase(s.charAt(0)));
    }

    static boolean containsAny(List<String> w, Set<String> set) {
        return w.stream().anyMatch(s -> set.contains(clean(s)));
    }

    static List<String> stripDeterminers(List<String> w) {
        List<String> out = new ArrayList<>();
        for (String s : w) {
            if (!Lexicon.DETERMINERS.contains(clean(s))) {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.trim().split("[\\s,]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static String clean(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c == '\u2019') {
                c = '\'';
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '&' || c == '-') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
