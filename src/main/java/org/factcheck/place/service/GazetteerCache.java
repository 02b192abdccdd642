package org.factcheck.place.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.factcheck.engine.Gazetteer;
import org.factcheck.engine.PlaceInfo;
import org.factcheck.place.repository.PlaceRepository;

/**
 * The whole gazetteer in memory (a few thousand places at most) for the engine's place recognition. A change made
 * through this instance invalidates it at once; a change made by another instance on the same database is seen
 * within {@link #RECHECK_MILLIS}, when a cheap fingerprint query (counts and highest ids) differs.
 */
@ApplicationScoped
public class GazetteerCache implements Gazetteer {

    static final long RECHECK_MILLIS = 30_000;

    private record Snapshot(List<PlaceInfo> places, String fingerprint, long checkedAt) {
    }

    @Inject
    PlaceRepository places;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public void invalidate() {
        snapshot.set(null);
    }

    @Override
    public List<PlaceInfo> all() {
        return current().places();
    }

    /** Changes whenever the gazetteer does: the engine is rebuilt when it sees a new one. */
    public String version() {
        return current().fingerprint();
    }

    private Snapshot current() {
        Snapshot s = snapshot.get();
        if (s != null && System.currentTimeMillis() - s.checkedAt() < RECHECK_MILLIS) {
            return s;
        }
        return refresh();
    }

    /** One thread at a time: concurrent requests wait for one load instead of each loading the gazetteer. */
    private synchronized Snapshot refresh() {
        Snapshot s = snapshot.get();
        long now = System.currentTimeMillis();
        if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
            return s;
        }
        String fingerprint = fingerprint();
        if (s != null && s.fingerprint().equals(fingerprint)) {
            s = new Snapshot(s.places(), fingerprint, now);
        } else {
            s = new Snapshot(load(), fingerprint, now);
        }
        snapshot.set(s);
        return s;
    }

    @Transactional
    List<PlaceInfo> load() {
        return places.findAllWithAliases().stream()
                .map(p -> new PlaceInfo(p.id, p.name, p.code, p.kind, p.parentId, List.copyOf(p.aliases)))
                .toList();
    }

    private String fingerprint() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select (select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(hashtext(name || kind
                             || coalesce(code, '') || coalesce(parent_id, 0))), 0) from place)
                            || '/' || (select count(*) || ':' || coalesce(sum(hashtext(alias)), 0) from place_alias)
                     """)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the gazetteer", e);
        }
    }
}
