package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns speaker phrases into the people and organisations of one article, in reading order: "Mayor of London Sadiq
 * Khan" introduces a person with the role "mayor", so that "Mr Khan", "the mayor" and "he" later resolve to "Sadiq
 * Khan"; "a Home Office spokesperson" is the Home Office; "It" is the last organisation that spoke; "the watchdog"
 * is the last organisation named. Not thread-safe: one instance per article.
 */
public final class SpeakerResolver {

    private static final class Entity {
        String name;
        final String kind;
        final Set<String> roles = new HashSet<>();
        String surname;
        char gender;

        Entity(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private final PlaceNames places;
    private final List<Entity> entities = new ArrayList<>();
    private Entity lastPerson;
    private Entity lastOrg;
    private Entity lastGroup;

    public SpeakerResolver(PlaceNames places) {
        this.places = places == null ? PlaceNames.empty() : places;
    }

    /**
     * Notes the people a sentence names, so that a later "he" can find them: titled names ("Cllr Mark Ashworth")
     * anywhere, and a name opening the sentence with an appositive ("Andrew Boyce, a Conservative member of ...").
     */
    public void notice(List<Token> tokens) {
        if (tokens.size() > 3 && tokens.get(0).capitalised() && tokens.get(1).capitalised() && tokens.get(2).is(',')
                && !tokens.get(0).quoted() && tokens.get(3).word()
                && Lexicon.DETERMINERS.contains(tokens.get(3).lower())) {
            List<String> name = personName(List.of(tokens.get(0).text(), tokens.get(1).text()));
            if (name != null) {
                lastPerson = person(name, Set.of());
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token x = tokens.get(i);
            if (x.quoted() || !x.capitalised() || !Lexicon.TITLES.contains(x.lower())) {
                continue;
            }
            List<String> words = new ArrayList<>();
            words.add(x.text());
            int j = i + 1;
            while (j < tokens.size() && j <= i + 4 && tokens.get(j).capitalised() && !tokens.get(j).quoted()) {
                words.add(tokens.get(j).text());
                j++;
            }
            if (words.size() >= 2) {
                Entity e = person(words, Set.of());
                if (e != null) {
                    lastPerson = e;
                }
            }
            i = j - 1;
        }
    }

    /** The speaker a phrase names, with the given cue, or null when it cannot be told. */
    public Speaker resolve(Mention m, String cue) {
        if (m == null) {
            return null;
        }
        Entity e = entity(m);
        return e == null ? null : new Speaker(e.name, e.kind, m.text(), cue);
    }

    private Entity entity(Mention m) {
        String text = m.text().trim();
        String role = m.role();
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "he", "she" -> {
                Entity p = personFor(lower.equals("he") ? 'm' : 'f');
                if (p != null && p.gender == 0 && "PERSON".equals(p.kind)) {
                    p.gender = lower.equals("he") ? 'm' : 'f';
                }
                return p;
            }
            case "it" -> {
                return lastOrg;
            }
            case "they" -> {
                return lastOrg != null ? lastOrg : lastGroup;
            }
            default -> {
                // continue below
            }
        }
        if (role != null && looksLikeName(words(role)) && !looksLikeName(words(text))) {
            String swap = text;
            text = role;
            role = swap;
        }
        List<String> w = words(text);
        Set<String> roleWords = roleWords(w);
        if (role != null) {
            roleWords.addAll(roleWords(words(role)));
        }
        String body = knownBody(text);
        List<String> name = personName(w);
        if (name != null && (body == null || !body.toLowerCase(Locale.ROOT).contains(
                String.join(" ", name).toLowerCase(Locale.ROOT)))) {
            Entity p = person(name, roleWords);
            lastPerson = p;
            return p;
        }
        if (containsAny(w, Lexicon.DATA_NOUNS) && body == null) {
            String owner = owner(w);
            return owner == null ? null : org(owner);
        }
        int spokes = indexOfSpokes(w);
        if (spokes >= 0) {
            String orgName = spokesOrg(w, spokes);
            Entity o = orgName == null ? lastOrg : org(orgName);
            if (o != null) {
                lastPerson = o;
            }
            return o;
        }
        List<String> content = stripDeterminers(w);
        String properOnly = String.join(" ", content.stream().filter(s -> Character.isUpperCase(s.charAt(0))).toList());
        if (body != null && (body.length() + 1 >= String.join(" ", content).length()
                || body.equalsIgnoreCase(properOnly))) {
            return org(body);
        }
        if (content.isEmpty()) {
            return null;
        }
        String head = content.get(content.size() - 1).toLowerCase(Locale.ROOT);
        String first = clean(w.get(0));
        if ((first.equals("its") || first.equals("their")) && lastOrg != null && !capitalisedAny(content)) {
            lastPerson = lastOrg; // "Its chief executive said": the organisation speaks
            return lastOrg;
        }
        boolean capitalised = content.stream().anyMatch(s -> Character.isUpperCase(s.charAt(0)));
        if (Lexicon.PERSON_ROLES.contains(head) && !head.endsWith("s") && !capitalised || isPersonRoleOnly(content)) {
            Entity p = byRole(head);
            if (p != null) {
                lastPerson = p;
                return p;
            }
        }
        if (Lexicon.GENERIC_ORGS.contains(head) && content.size() <= 2 && !capitalised) {
            Entity o = orgWithHead(head);
            if (o != null) {
                lastOrg = o;
                return o;
            }
        }
        if (capitalised || Lexicon.ORG_HEADS.contains(head)) {
            return org(String.join(" ", content).replaceAll("['\u2019]s$", ""));
        }
        Entity g = find(String.join(" ", content), "GROUP");
        if (g == null) {
            g = add(new Entity(String.join(" ", content), "GROUP"));
        }
        lastGroup = g;
        return g;
    }

    // ---- people ---------------------------------------------------------------------------------------------

    /** The name in a phrase: a title with the capitalised words after it, or 2-3 trailing proper words. */
    private List<String> personName(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String l = clean(w.get(i));
            if (Lexicon.TITLES.contains(l) && !Lexicon.PERSON_ROLES.contains(l) && Character.isUpperCase(
                    w.get(i).charAt(0))) {
                List<String> name = new ArrayList<>();
                int j = i;
                while (j < w.size() && Character.isUpperCase(w.get(j).charAt(0))) {
                    name.add(w.get(j));
                    j++;
                }
                if (name.size() >= 2) {
                    return name;
                }
            }
        }
        int end = w.size();
        int start = end;
        String last = w.isEmpty() ? "" : w.get(end - 1);
        if (end >= 2 && properWord(w.get(end - 2)) && places.isPlaceWord(last) && Character.isUpperCase(last.charAt(0))
                && !Lexicon.ORG_HEADS.contains(clean(last))) {
            start = end - 1; // a surname that is also a place: "Tom Wakefield"
        }
        while (start > 0 && properWord(w.get(start - 1)) && end - start < 3) {
            start--;
        }
        if (end - start >= 2) {
            if (start > 0 && Lexicon.CONNECTORS.contains(clean(w.get(start - 1)))) {
                return null;
            }
            return new ArrayList<>(w.subList(start, end));
        }
        return null;
    }

    private boolean properWord(String word) {
        String l = clean(word);
        return Character.isUpperCase(word.charAt(0)) && word.length() > 1 && !word.equals(word.toUpperCase(Locale.ROOT))
                && !Lexicon.PERSON_ROLES.contains(l) && !Lexicon.ORG_HEADS.contains(l) && !Lexicon.TITLES.contains(l)
                && !Lexicon.MODIFIERS.contains(l) && !Lexicon.SENTENCE_OPENERS.contains(l)
                && !Lexicon.DATA_NOUNS.contains(l) && !places.isPlaceWord(word) && !word.endsWith("'s")
                && !word.endsWith("\u2019s") && !Lexicon.DETERMINERS.contains(l);
    }

    private boolean looksLikeName(List<String> w) {
        return w.size() >= 2 && w.size() <= 5 && personName(w) != null && roleWords(w).isEmpty();
    }

    /** Finds or adds the person; a full name upgrades an earlier surname-only entry. */
    private Entity person(List<String> nameWords, Set<String> roles) {
        List<String> bare = new ArrayList<>();
        char gender = 0;
        for (String s : nameWords) {
            String l = clean(s);
            if (Lexicon.TITLES.contains(l)) {
                gender = Lexicon.MALE_TITLES.contains(l) ? 'm' : Lexicon.FEMALE_TITLES.contains(l) ? 'f' : gender;
                continue;
            }
            bare.add(s);
        }
        if (bare.isEmpty()) {
            return null;
        }
        String surname = bare.get(bare.size() - 1);
        String full = String.join(" ", bare);
        Entity found = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.kind) && (e.name.equals(full) || e.surname.equals(surname)
                    && (bare.size() == 1 || e.name.equals(surname)))) {
                found = e;
                break;
            }
        }
        if (found == null) {
            found = add(new Entity(full, "PERSON"));
            found.surname = surname;
        } else if (bare.size() > 1 && found.name.equals(surname)) {
            found.name = full;
        }
        found.roles.addAll(roles);
        if (gender != 0) {
            found.gender = gender;
        }
        return found;
    }

    private Entity personFor(char gender) {
        if (lastPerson != null && (lastPerson.gender == 0 || lastPerson.gender == gender)) {
            return lastPerson;
        }
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.kind) && e.gender == gender) {
                return e;
            }
        }
        return lastPerson;
    }

    private Entity byRole(String role) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            if ("PERSON".equals(entities.get(i).kind) && entities.get(i).roles.contains(role)) {
                return entities.get(i);
            }
        }
        return null;
    }

    private static boolean isPersonRoleOnly(List<String> content) {
        for (String s : content) {
            String l = clean(s);
            if (!Lexicon.PERSON_ROLES.contains(l) && !Lexicon.MODIFIERS.contains(l)) {
                return false;
            }
        }
        return !content.isEmpty();
    }

    private static Set<String> roleWords(List<String> w) {
        Set<String> out = new HashSet<>();
        for (String s : w) {
            String l = clean(s);
            if (Lexicon.PERSON_ROLES.contains(l) && !Lexicon.TITLES.contains(l) || l.equals("mayor")) {
                out.add(l);
            }
        }
        return out;
    }

    // ---- organisations --------------------------------------------------------------------------------------

    private Entity org(String phrase) {
        String name = canonicalOrg(phrase);
        if (name.isEmpty()) {
            return lastOrg;
        }
        if (Lexicon.GENERIC_ORGS.contains(name)) {
            Entity o = orgWithHead(name.toLowerCase(Locale.ROOT));
            if (o != null) {
                lastOrg = o;
                return o;
            }
        }
        Entity o = find(name, "ORGANISATION");
        if (o == null) {
            for (Entity e : entities) {
                if ("ORGANISATION".equals(e.kind) && acronym(e.name).equalsIgnoreCase(name)) {
                    o = e;
                    break;
                }
            }
        }
        if (o == null) {
            o = add(new Entity(name, "ORGANISATION"));
        }
        lastOrg = o;
        return o;
    }

    private static String canonicalOrg(String phrase) {
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

    private Entity orgWithHead(String head) {
        if (lastOrg != null && (lastOrg.name.toLowerCase(Locale.ROOT).contains(head)
                || !head.equals("council") && !head.equals("party") && !head.equals("force"))) {
            return lastOrg;
        }
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if ("ORGANISATION".equals(e.kind) && e.name.toLowerCase(Locale.ROOT).contains(head)) {
                return e;
            }
        }
        return null;
    }

    /** The owner of data: "Home Office figures", "the index from HM Land Registry", "figures compiled by the GLA". */
    private static String owner(List<String> w) {
        for (int i = w.size() - 1; i >= 0; i--) {
            String l = clean(w.get(i));
            if ((l.equals("from") || l.equals("by")) && i + 1 < w.size()) {
                return String.join(" ", w.subList(i + 1, w.size()));
            }
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

    /** Where "spokesperson", "source" or "insider" is: someone speaking for an organisation. */
    private static int indexOfSpokes(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String l = clean(w.get(i));
            if (l.startsWith("spokes") || l.equals("source") || l.equals("sources") || l.startsWith("insider")) {
                return i;
            }
        }
        return -1;
    }

    /** "a Home Office spokesperson" -> Home Office; "a spokesman for the Mayor of London" -> Mayor of London. */
    private static String spokesOrg(List<String> w, int spokes) {
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

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String knownBody(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String b : Lexicon.BODIES) {
            int i = lower.indexOf(b.toLowerCase(Locale.ROOT));
            if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (i + b.length() == lower.length() || !Character.isLetter(lower.charAt(i + b.length())))) {
                return b;
            }
        }
        return null;
    }

    private Entity find(String name, String kind) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.kind.equals(kind) && e.name.equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    private Entity add(Entity e) {
        entities.add(e);
        return e;
    }

    private static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String s : name.split("\\s+")) {
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                b.append(s.charAt(0));
            }
        }
        return b.toString();
    }

    private static boolean capitalisedAny(List<String> w) {
        return w.stream().anyMatch(s -> Character.isUpperCase(s.charAt(0)));
    }

    private static boolean containsAny(List<String> w, Set<String> set) {
        return w.stream().anyMatch(s -> set.contains(clean(s)));
    }

    private static List<String> stripDeterminers(List<String> w) {
        List<String> out = new ArrayList<>();
        for (String s : w) {
            if (!Lexicon.DETERMINERS.contains(clean(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.trim().split("[\\s,]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9'&-]", "");
    }
}
