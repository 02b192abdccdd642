package org.factcheck.evidence.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.factcheck.engine.EvidenceFinder;
import org.factcheck.engine.EvidenceItem;
import org.factcheck.engine.EvidenceQuery;

/**
 * The engine's evidence store: two read-only queries in plain JDBC (they run on every check).
 * <ul>
 * <li>candidates start from the places ({@code evidence_key_uk} on (place_id, metric, ...)), so they rank only the
 * few hundred records of those places, by the better of trigram word similarity of the metric and full-text rank
 * of the stored document against the claim's metric words (OR-ed);</li>
 * <li>series read one metric at many places through {@code evidence_metric_place_idx} (metric, place_id).</li>
 * </ul>
 */
@ApplicationScoped
public class PostgresEvidenceFinder implements EvidenceFinder {

    private static final String COLUMNS = """
            select e.id, e.metric, e.place_id, p.name, e.period_start, e.period_end, e.period_label, e.value, e.unit,
                   s.title, s.publisher, s.url, e.quote, e.notes
            from evidence e join place p on p.id = e.place_id join source s on s.id = e.source_id
            """;

    static final String CANDIDATES = COLUMNS + """
            where e.place_id = any(?)
              and (cast(? as date) is null or e.period_end >= ?)
              and (cast(? as date) is null or e.period_start <= ?)
            order by greatest(word_similarity(?, e.metric),
                              ts_rank_cd(e.search, cast(replace(cast(plainto_tsquery('english', ?) as text), '&', '|')
                                                        as tsquery))) desc,
                     e.period_end desc, e.id
            limit ?
            """;

    static final String SERIES = COLUMNS + """
            where e.metric = ? and e.place_id = any(?)
            order by e.place_id, e.period_start, e.id
            """;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public List<EvidenceItem> candidates(EvidenceQuery q) {
        if (q.placeIds() == null || q.placeIds().isEmpty() || q.limit() <= 0) {
            return List.of();
        }
        String text = q.metricText() == null ? "" : q.metricText();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
            Array places = c.createArrayOf("bigint", q.placeIds().toArray());
            ps.setArray(1, places);
            setDate(ps, 2, q.from());
            setDate(ps, 3, q.from());
            setDate(ps, 4, q.to());
            setDate(ps, 5, q.to());
            ps.setString(6, text);
            ps.setString(7, text);
            ps.setInt(8, q.limit());
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("evidence candidates could not be read", e);
        }
    }

    @Override
    public List<EvidenceItem> series(String metric, Collection<Long> placeIds) {
        if (metric == null || placeIds == null || placeIds.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SERIES)) {
            ps.setString(1, metric);
            ps.setArray(2, c.createArrayOf("bigint", placeIds.toArray()));
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("evidence series could not be read", e);
        }
    }

    private static void setDate(PreparedStatement ps, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static List<EvidenceItem> read(PreparedStatement ps) throws SQLException {
        List<EvidenceItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EvidenceItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getBigDecimal(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14)));
            }
        }
        return out;
    }
}
