package org.factcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo places (places.csv and places-extra.csv) as a {@link Gazetteer}, with ids in file order. No aliases. */
final class InMemoryGazetteer implements Gazetteer {

    private final List<PlaceInfo> places;
    private final Map<String, PlaceInfo> byName = new HashMap<>();

    InMemoryGazetteer() {
        List<Map<String, String>> rows = new ArrayList<>(Csv.read("demo-data/places.csv"));
        rows.addAll(Csv.read("demo-data/places-extra.csv"));
        Map<String, Long> ids = new HashMap<>();
        long id = 1;
        for (Map<String, String> r : rows) {
            ids.put(r.get("name"), id++);
        }
        List<PlaceInfo> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String parent = r.get("parent");
            PlaceInfo p = new PlaceInfo(ids.get(r.get("name")), r.get("name"), r.get("code"), r.get("kind"),
                    parent == null || parent.isBlank() ? null : ids.get(parent), List.of());
            out.add(p);
            byName.put(p.name(), p);
        }
        this.places = List.copyOf(out);
    }

    @Override
    public List<PlaceInfo> all() {
        return places;
    }

    PlaceInfo byName(String name) {
        return byName.get(name);
    }
}
