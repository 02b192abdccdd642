package org.factcheck.article.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The place names the analysis recognises (the gazetteer's names and aliases), found in text by their first word,
 * longest name first. Immutable and thread-safe once built.
 */
public final class PlaceNames {

    /**
     * A place.
     *
     * @param name   canonical name
     * @param kind   borough, city, region, country, police_force, local_authority ...
     * @param parent the canonical name of the parent, or null
     */
    public record Place(String name, String kind, String parent) {
    }

    /** A place named in a text at [start, end). */
    public record Match(Place place, int start, int end) {
    }

    private record Name(String text, Place place) {
    }

    private static final Set<String> AREAS = Set.of("region", "city", "country");

    private final Map<String, Place> byName;
    private final Map<String, List<Name>> byFirstWord;
    private final Set<String> singleWords;

    private PlaceNames(Map<String, Place> byName, Map<String, List<Name>> byFirstWord, Set<String> singleWords) {
        this.byName = byName;
        this.byFirstWord = byFirstWord;
        this.singleWords = singleWords;
    }

    public static PlaceNames empty() {
        return of(List.of(), Map.of());
    }

    /** Places with their other names (alias lists keyed by canonical name). */
    public static PlaceNames of(List<Place> places, Map<String, List<String>> aliases) {
        Map<String, Place> byName = new LinkedHashMap<>();
        Map<String, List<Name>> index = new HashMap<>();
        Set<String> single = new HashSet<>();
        for (Place p : places) {
            byName.put(p.name().toLowerCase(Locale.ROOT), p);
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(aliases.getOrDefault(p.name(), List.of()));
            for (String n : names) {
                String clean = n.trim();
                if (clean.length() < 3 || !Character.isUpperCase(clean.charAt(0))) {
                    continue;
                }
                String first = firstWord(clean).toLowerCase(Locale.ROOT);
                index.computeIfAbsent(first, k -> new ArrayList<>()).add(new Name(clean, p));
                if (clean.indexOf(' ') < 0) {
                    single.add(clean.toLowerCase(Locale.ROOT));
                }
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
        return new PlaceNames(byName, index, single);
    }

    /** Reads a {@code name,code,kind,parent} CSV such as the bundled demo-data/places.csv. */
    public static PlaceNames fromCsv(InputStream csv) {
        List<Place> places = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                return empty();
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> f = csvFields(line);
                if (f.size() >= 4 && !f.get(0).isBlank()) {
                    places.add(new Place(f.get(0), f.get(2), f.get(3).isBlank() ? null : f.get(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(places, Map.of());
    }

    /** True when the single word is the whole name of a place ("London", "Barnet"). */
    public boolean isPlaceWord(String word) {
        return singleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Places named in the text, in order, without overlaps. Names must start with a capital letter. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int w = i;
            while (w < n && Character.isLetter(text.charAt(w))) {
                w++;
            }
            List<Name> candidates = byFirstWord.get(text.substring(i, w).toLowerCase(Locale.ROOT));
            Match found = null;
            if (candidates != null) {
                for (Name cand : candidates) {
                    int end = i + cand.text().length();
                    if (end <= n && text.regionMatches(true, i, cand.text(), 0, cand.text().length())
                            && (end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
                        found = new Match(cand.place(), i, end);
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = Math.max(w, i + 1);
            }
        }
        return out;
    }

    /**
     * The place an article is about: the region or city that holds most of the places it names (counting each
     * mention with its ancestors), when that covers at least half of them; else the most named place; else null.
     */
    public String infer(List<Match> mentions) {
        if (mentions.isEmpty()) {
            return null;
        }
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        for (Match m : mentions) {
            places.merge(m.place().name(), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (Place p = m.place(); p != null && seen.add(p.name()); p = parent(p)) {
                if (AREAS.contains(p.kind()) && !"country".equals(p.kind())) {
                    areas.merge(p.name(), 1, Integer::sum);
                }
            }
        }
        String bestArea = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : areas.entrySet()) {
            if (e.getValue() > bestCount) {
                bestArea = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (bestArea != null && bestCount * 2 >= mentions.size()) {
            return bestArea;
        }
        return places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Place parent(Place p) {
        return p.parent() == null ? null : byName.get(p.parent().toLowerCase(Locale.ROOT));
    }

    private static String firstWord(String name) {
        int i = 0;
        while (i < name.length() && Character.isLetter(name.charAt(i))) {
            i++;
        }
        return name.substring(0, Math.max(1, i));
    }

    /** Fields of one RFC 4180 line (no embedded newlines in the places file). */
    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
