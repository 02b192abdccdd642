package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns speaker phrases into the people and organisations of one article, in reading order: "Mayor of London Sadiq
 * Khan" introduces a person with the role "mayor", so that "Mr Khan", "the mayor" and "he" later resolve to "Sadiq
 * Khan"; "a Home Office spokesperson" is the Home Office; "It" is the last organisation that spoke; "the watchdog"
 * is the last organisation named. Not thread-safe: one instance per article.
 */
public final class SpeakerResolver {

    private static final Pattern ORG_NAME = Pattern.compile("\\b(?:[A-Z][\\w'\u2019-]+ (?:of |for |and )?){1,4}"
            + "(?:Council|Police|Constabulary|Trust|Authority|Party|Group|Federation|Association|Commission"
            + "|Committee|Assembly|Office|Department|Ministry|Agency|Service|Union|Foundation|Institute|Society"
            + "|Board)\\b");

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

    private final SpeakerPhrase phrase;
    private final List<Entity> entities = new ArrayList<>();
    private Entity lastPerson;
    private Entity lastOrg;
    private Entity lastGroup;
    private Entity lastNamedOrg;

    public SpeakerResolver(PlaceNames places) {
        this.phrase = new SpeakerPhrase(places == null ? PlaceNames.empty() : places);
    }

    /**
     * Notes who a sentence names, so that a later "he", "Mr Khan", "the mayor" or "the council" can find them:
     * titled names ("Cllr Mark Ashworth"), names after a role ("Mayor of London Sadiq Khan"), a name opening the
     * sentence ("Sadiq Khan spoke"), and organisations ("Westminster City Council").
     */
    public void notice(String text, List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            words.add(t.quoted() || !t.word() ? "," : t.text());
        }
        for (int i = 0; i < words.size(); i++) {
            String l = SpeakerPhrase.clean(words.get(i));
            if (Lexicon.TITLES.contains(l) && Character.isUpperCase(words.get(i).charAt(0))) {
                int j = i;
                while (j < words.size() && j <= i + 4 && Character.isUpperCase(words.get(j).charAt(0))) {
                    j++;
                }
                Entity e = j - i >= 2 ? person(words.subList(i, j), Set.of()) : null;
                if (e != null) {
                    lastPerson = e;
                    i = j - 1;
                    continue;
                }
            }
            int end = phrase.nameEnd(words, i);
            if (end == i) {
                continue;
            }
            Set<String> roles = SpeakerPhrase.roleWords(words.subList(rolePhraseStart(words, i), i));
            boolean opens = i == 0 || i == 1 && Lexicon.SENTENCE_OPENERS.contains(SpeakerPhrase.clean(words.get(0)));
            boolean verbNext = end < words.size() && (words.get(end).equals(",")
                    || Character.isLowerCase(words.get(end).charAt(0)));
            if (!roles.isEmpty() || opens && verbNext) {
                lastPerson = person(words.subList(i, end), roles);
            }
            i = end - 1;
        }
        Matcher m = ORG_NAME.matcher(text);
        while (m.find()) {
            String name = SpeakerPhrase.canonicalOrg(m.group());
            Entity o = find(name, "ORGANISATION");
            lastNamedOrg = o != null ? o : add(new Entity(name, "ORGANISATION"));
        }
    }

    /** Where the role phrase before a name starts: "Mayor of London | Sadiq Khan", "council leader | Claire Dunmore" */
    private static int rolePhraseStart(List<String> words, int name) {
        int k = name;
        while (k > 0 && name - k < 5) {
            String w = words.get(k - 1);
            String l = SpeakerPhrase.clean(w);
            if (!(Character.isUpperCase(w.charAt(0)) || Lexicon.CONNECTORS.contains(l)
                    || Lexicon.PERSON_ROLES.contains(l) || Lexicon.MODIFIERS.contains(l)) || w.equals(",")) {
                break;
            }
            k--;
        }
        return k;
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
        if (lower.equals("he") || lower.equals("she")) {
            char gender = lower.equals("he") ? 'm' : 'f';
            Entity p = personFor(gender);
            if (p != null && p.gender == 0 && "PERSON".equals(p.kind)) {
                p.gender = gender;
            }
            return p;
        }
        if (lower.equals("it")) {
            return lastOrg != null ? lastOrg : lastNamedOrg;
        }
        if (lower.equals("they")) {
            return lastOrg != null ? lastOrg : lastGroup;
        }
        if (role != null && phrase.looksLikeName(SpeakerPhrase.words(role))
                && !phrase.looksLikeName(SpeakerPhrase.words(text))) {
            String swap = text;
            text = role;
            role = swap;
        }
        List<String> w = SpeakerPhrase.words(text);
        Set<String> roleWords = SpeakerPhrase.roleWords(w);
        if (role != null) {
            roleWords.addAll(SpeakerPhrase.roleWords(SpeakerPhrase.words(role)));
        }
        String body = SpeakerPhrase.knownBody(text);
        List<String> name = phrase.personName(w);
        if (name != null && (body == null || !body.toLowerCase(Locale.ROOT).contains(
                String.join(" ", name).toLowerCase(Locale.ROOT)))) {
            Entity p = person(name, roleWords);
            lastPerson = p;
            return p;
        }
        if (SpeakerPhrase.containsAny(w, Lexicon.DATA_NOUNS)) {
            String owner = SpeakerPhrase.owner(w);
            return owner == null ? null : org(owner);
        }
        int spokes = SpeakerPhrase.indexOfSpokes(w);
        if (spokes >= 0) {
            String orgName = SpeakerPhrase.spokesOrg(w, spokes);
            Entity o = orgName == null ? lastOrg : org(orgName);
            if (o != null) {
                lastPerson = o;
            }
            return o;
        }
        List<String> content = SpeakerPhrase.stripDeterminers(w);
        if (content.isEmpty()) {
            return null;
        }
        String properOnly = String.join(" ", content.stream().filter(s -> Character.isUpperCase(s.charAt(0))).toList());
        if (body != null && (body.length() + 1 >= String.join(" ", content).length()
                || body.equalsIgnoreCase(properOnly))) {
            return org(body);
        }
        String head = content.get(content.size() - 1).toLowerCase(Locale.ROOT);
        String first = SpeakerPhrase.clean(w.get(0));
        boolean capitalised = SpeakerPhrase.capitalisedAny(content);
        if ((first.equals("its") || first.equals("their")) && lastOrg != null && !capitalised) {
            lastPerson = lastOrg; // "Its chief executive said": the organisation speaks
            return lastOrg;
        }
        if (Lexicon.PERSON_ROLES.contains(head) && !head.endsWith("s") && !capitalised || personRoleOnly(content)) {
            Entity p = byRole(head);
            if (p == null && lastPerson != null && "PERSON".equals(lastPerson.kind) && lastPerson.roles.isEmpty()) {
                p = lastPerson; // "Mr Khan ... the mayor added": a role first named after the person
                p.roles.add(head);
            }
            if (p != null) {
                lastPerson = p;
                return p;
            }
            p = add(new Entity(String.join(" ", content), "PERSON"));
            p.surname = p.name;
            p.roles.add(head);
            lastPerson = p;
            return p;
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
        String groupName = String.join(" ", content);
        Entity g = find(groupName, "GROUP");
        lastGroup = g != null ? g : add(new Entity(groupName, "GROUP"));
        return lastGroup;
    }

    /** Finds or adds the person; a full name upgrades an earlier surname-only entry. */
    private Entity person(List<String> nameWords, Set<String> roles) {
        List<String> bare = new ArrayList<>();
        char gender = 0;
        for (String s : nameWords) {
            String l = SpeakerPhrase.clean(s);
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
        for (int i = entities.size() - 1; i >= 0 && found == null; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.kind) && (e.name.equals(full) || e.surname.equals(surname)
                    && (bare.size() == 1 || e.name.equals(surname)))) {
                found = e;
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

    private static boolean personRoleOnly(List<String> content) {
        for (String s : content) {
            String l = SpeakerPhrase.clean(s);
            if (!Lexicon.PERSON_ROLES.contains(l) && !Lexicon.MODIFIERS.contains(l)) {
                return false;
            }
        }
        return !content.isEmpty();
    }

    private Entity org(String words) {
        String name = SpeakerPhrase.canonicalOrg(words);
        if (name.isEmpty()) {
            return lastOrg;
        }
        if (Lexicon.GENERIC_ORGS.contains(name)) {
            Entity o = orgWithHead(name);
            if (o != null) {
                lastOrg = o;
                return o;
            }
        }
        Entity o = find(name, "ORGANISATION");
        for (int i = 0; o == null && i < entities.size(); i++) {
            Entity e = entities.get(i);
            if ("ORGANISATION".equals(e.kind) && SpeakerPhrase.acronym(e.name).equalsIgnoreCase(name)) {
                o = e;
            }
        }
        if (o == null) {
            o = add(new Entity(name, "ORGANISATION"));
        }
        lastOrg = o;
        return o;
    }

    /** "the watchdog", "the department": the last organisation; "the council": the last council named. */
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
}
