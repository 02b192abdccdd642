package org.factcheck.place.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.factcheck.place.Place;
import org.factcheck.place.repository.PlaceRepository;

/**
 * The whole gazetteer in memory (a few thousand places at most), for the engine's place recognition. Rebuilt lazily
 * after any change to places or aliases made through this instance.
 */
@ApplicationScoped
public class GazetteerCache {

    /** A detached copy of one place. */
    public record Entry(long id, String name, String code, String kind, Long parentId, List<String> aliases) {
    }

    @Inject
    PlaceRepository places;

    private final AtomicReference<List<Entry>> snapshot = new AtomicReference<>();

    public void invalidate() {
        snapshot.set(null);
    }

    public List<Entry> entries() {
        List<Entry> current = snapshot.get();
        if (current == null) {
            current = load();
            snapshot.set(current);
        }
        return current;
    }

    @Transactional
    List<Entry> load() {
        return places.findAllWithAliases().stream()
                .map(p -> new Entry(p.id, p.name, p.code, p.kind, p.parentId, List.copyOf(p.aliases)))
                .toList();
    }
}
