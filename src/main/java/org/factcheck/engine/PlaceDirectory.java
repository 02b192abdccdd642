package org.factcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gazetteer as the engine uses it: lookup by id and name, longest-match search of names and aliases in text,
 * children, and peer groups. A few aliases every reader knows are added here ("the Met", "Londoners", "Bristol" for
 * "Bristol, City of"); "the capital" means London only when the claim's context is in London.
 */
final class PlaceDirectory {

    private record Key(String text, PlaceInfo place, boolean anyCase) {
    }

    private final List<PlaceInfo> places;
    private final Map<Long, PlaceInfo> byId = new HashMap<>();
    private final Map<String, PlaceInfo> byName = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();

    PlaceDirectory(Gazetteer gazetteer) {
        this.places = List.copyOf(gazetteer.all());
        for (PlaceInfo p : places) {
            byId.put(p.id(), p);
            byName.putIfAbsent(lower(p.name()), p);
        }
        for (PlaceInfo p : places) {
            addKey(p.name(), p, false);
            for (String alias : p.aliases()) {
                addKey(alias, p, alias.startsWith("the ") || alias.equals(lower(alias)));
                byName.putIfAbsent(lower(alias), p);
            }
            String name = p.name();
            if (name.contains(", City of")) {
                addKey(name.replace(", City of", ""), p, false);
                addKey("City of " + name.replace(", City of", ""), p, false);
            }
            if (name.contains(", County of")) {
                addKey(name.replace(", County of", ""), p, false);
            }
            if (name.endsWith(" upon Thames")) {
                addKey(name.replace(" upon Thames", ""), p, false);
            }
            if (p.kind().equals("police_force") && name.endsWith(" Police")) {
                String stem = name.substring(0, name.length() - " Police".length());
                addKey(stem + " Constabulary", p, false);
                addKey(stem + " Police Service", p, false);
            }
        }
        for (PlaceInfo p : places) {
            if (p.kind().equals("police_force") && p.name().endsWith(" Police")) {
                String stem = p.name().substring(0, p.name().length() - " Police".length());
                if (!byName.containsKey(lower(stem)) && !stem.contains("&")) {
                    addKey(stem, p, false);
                }
            }
        }
        PlaceInfo met = byName.get("metropolitan police");
        if (met != null) {
            for (String alias : new String[] {"the Met", "Met Police", "the Metropolitan Police Service",
                "Metropolitan Police Service", "Scotland Yard", "Met's", "the Met's"}) {
                addKey(alias, met, true);
            }
        }
        PlaceInfo london = byName.get("london");
        if (london != null) {
            addKey("Londoners", london, false);
            addKey("Londoner", london, false);
            addKey("Greater London", london, false);
        }
        PlaceInfo uk = byName.get("united kingdom");
        if (uk != null) {
            addKey("UK", uk, false);
            addKey("the U.K.", uk, true);
        }
        PlaceInfo gb = byName.get("great britain");
        if (gb != null) {
            addKey("Britain", gb, false);
        }
        keys.sort(Comparator.comparingInt((Key k) -> k.text().length()).reversed());
    }

    private void addKey(String text, PlaceInfo p, boolean anyCase) {
        if (text != null && !text.isBlank()) {
            keys.add(new Key(lower(text), p, anyCase || text.trim().split("\\s+").length >= 3));
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    List<PlaceInfo> all() {
        return places;
    }

    PlaceInfo byId(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** A place by canonical name or alias, case-insensitive; null when unknown. */
    PlaceInfo byName(String name) {
        if (name == null) {
            return null;
        }
        PlaceInfo p = byName.get(lower(name.trim()));
        if (p == null) {
            for (Key k : keys) {
                if (k.text().equals(lower(name.trim()))) {
                    return k.place();
                }
            }
        }
        return p;
    }

    /** True when the place is, or lies inside, the ancestor. */
    boolean within(PlaceInfo place, PlaceInfo ancestor) {
        PlaceInfo p = place;
        int guard = 0;
        while (p != null && guard++ < 20) {
            if (p.id() == ancestor.id()) {
                return true;
            }
            p = byId(p.parentId());
        }
        return false;
    }

    List<PlaceInfo> children(PlaceInfo parent) {
        List<PlaceInfo> out = new ArrayList<>();
        for (PlaceInfo p : places) {
            if (p.parentId() != null && p.parentId() == parent.id()) {
                out.add(p);
            }
        }
        return out;
    }

    List<PlaceInfo> peers(PeerGroup group) {
        List<PlaceInfo> out = new ArrayList<>();
        for (PlaceInfo p : places) {
            if (group.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Place names in the text, longest match first, not overlapping the masked spans. A name must start with a
     * capital letter in the text unless it is an alias such as "the capital".
     */
    List<PlaceMention> find(String text, PlaceInfo contextPlace, List<int[]> masks) {
        String low = lower(text);
        List<PlaceMention> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>(masks);
        PlaceInfo london = byName.get("london");
        if (london != null && contextPlace != null && within(contextPlace, london)) {
            scan(text, low, new Key("the capital", london, true), found, taken);
            scan(text, low, new Key("the capital's", london, true), found, taken);
        }
        for (Key k : keys) {
            scan(text, low, k, found, taken);
        }
        found.sort(Comparator.comparingInt(PlaceMention::start));
        return found;
    }

    private static void scan(String text, String low, Key k, List<PlaceMention> found, List<int[]> taken) {
        int from = 0;
        while (true) {
            int at = low.indexOf(k.text(), from);
            if (at < 0) {
                return;
            }
            int end = at + k.text().length();
            from = at + 1;
            boolean startOk = at == 0 || !Character.isLetterOrDigit(low.charAt(at - 1));
            boolean endOk = end >= low.length() || !Character.isLetterOrDigit(low.charAt(end))
                    || (low.startsWith("'s", end));
            if (!startOk || !endOk) {
                continue;
            }
            if (!k.anyCase() && !Character.isUpperCase(text.charAt(at))) {
                continue;
            }
            if (QuantityParser.overlaps(taken, at, end)) {
                continue;
            }
            found.add(new PlaceMention(k.place(), at, end, text.substring(at, end)));
            taken.add(new int[] {at, end});
        }
    }
}
