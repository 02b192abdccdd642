package org.factcheck.evidence.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.factcheck.engine.EvidenceFinder;
import org.factcheck.engine.EvidenceItem;
import org.factcheck.engine.EvidenceQuery;

/**
 * The engine's evidence store: read-only queries in plain JDBC (they run on every check).
 * <ul>
 * <li>metrics start from the places ({@code evidence_key_uk} on (place_id, metric, ...)), keep one record per metric
 * (the best fit to the claimed period, else the latest) and rank those by the better of trigram word similarity of
 * the metric and full-text rank of the stored document against the claim's metric words (OR-ed): one query per
 * claim part, whatever the number of places;</li>
 * <li>series read one metric at many places through {@code evidence_metric_place_idx} (metric, place_id); a rank's
 * peers read only the records of one period there.</li>
 * </ul>
 * Planned once per connection, not once per check. pgjdbc prepares a statement on the server from its fifth use
 * on a connection; PostgreSQL then plans it for the values five more times and switches to its generic plan when that
 * is estimated to cost no more. Every value that could change an estimate is therefore read through a scalar
 * sub-select ({@code (select cast(? as date))}, an init plan run once per query): the planner cannot see it, so a plan
 * for the values is estimated exactly like the generic plan, which then wins (planning has a cost too). The plans do
 * not depend on the values: the indexes named above serve every claim. The generic plan also costs no more per row:
 * the claim's tsquery is built once per query (an init plan), not once per record, and the trigram similarity is
 * computed once per distinct metric name, not once per record.
 */
@ApplicationScoped
public class PostgresEvidenceFinder implements EvidenceFinder {

    private static final String COLUMNS = """
            select e.id, e.metric, e.place_id, p.name, e.period_start, e.period_end, e.period_label, e.value, e.unit,
                   s.title, s.publisher, s.url, e.quote, e.notes
            from evidence e join place p on p.id = e.place_id join source s on s.id = e.source_id
            """;

    /**
     * Place first: {@code evidence_key_uk} (place_id, metric, ...) yields the records of the places already grouped
     * by metric, so {@code distinct on} keeps one record per metric (the best period fit, else the latest) without
     * touching other places; only those few rows are ranked by metric similarity and joined to place and source.
     * Parameters: from (x3), to, from, place ids, text (x2), limit.
     */
    static final String METRICS = """
            with fit as (
                select e.id, e.metric, e.place_id, e.period_start, e.period_end, e.search,
                       case when (select cast(? as date)) is null then 0
                            else greatest(0, least(e.period_end, coalesce((select cast(? as date)), date '9999-12-31'))
                                             - greatest(e.period_start, (select cast(? as date))) + 1) end as inside
                from evidence e
                where e.place_id = any(cast((select cast(? as bigint[])) as bigint[]))
            ), best as (
                select distinct on (place_id, metric) id, metric, search, period_end
                from fit
                order by place_id, metric, inside::float8 / (period_end - period_start + 1) desc, inside desc,
                         period_end desc, id
            ), metric_similarity as materialized (
                select m.metric, word_similarity(?, m.metric) as similarity
                from (select distinct metric from best) m
            ), ranked as (
                select b.id, b.period_end,
                       greatest(w.similarity,
                                ts_rank_cd(b.search, (select cast(replace(cast(plainto_tsquery('english', ?) as text),
                                                                          '&', '|') as tsquery)))) as score
                from best b join metric_similarity w on w.metric = b.metric
                order by score desc, b.period_end desc, b.id
                limit (select cast(? as integer))
            )
            """ + COLUMNS.replace("from evidence e", "from ranked r join evidence e on e.id = r.id") + """
            order by r.score desc, r.period_end desc, r.id
            """;

    static final String SERIES = COLUMNS + """
            where e.metric = (select cast(? as text))
              and e.place_id = any(cast((select cast(? as bigint[])) as bigint[]))
            order by e.place_id, e.period_start, e.id
            """;

    /** One period of a metric at many places (a rank's peers): the series query narrowed to that period. */
    static final String LEVEL = COLUMNS + """
            where e.metric = (select cast(? as text))
              and e.place_id = any(cast((select cast(? as bigint[])) as bigint[]))
              and e.period_start = (select cast(? as date)) and e.period_end = (select cast(? as date))
            order by e.place_id, e.period_start, e.id
            """;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public List<EvidenceItem> metrics(EvidenceQuery q) {
        if (q.placeIds() == null || q.placeIds().isEmpty() || q.limit() <= 0) {
            return List.of();
        }
        String text = q.metricText() == null ? "" : q.metricText();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(METRICS)) {
            setDate(ps, 1, q.from());
            setDate(ps, 2, q.from() == null ? null : q.to());
            setDate(ps, 3, q.from());
            ps.setArray(4, c.createArrayOf("bigint", q.placeIds().toArray()));
            ps.setString(5, text);
            ps.setString(6, text);
            ps.setInt(7, q.limit());
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("evidence metrics could not be read", e);
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

    @Override
    public List<EvidenceItem> level(String metric, Collection<Long> placeIds, LocalDate periodStart,
            LocalDate periodEnd) {
        if (metric == null || placeIds == null || placeIds.isEmpty() || periodStart == null || periodEnd == null) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LEVEL)) {
            ps.setString(1, metric);
            ps.setArray(2, c.createArrayOf("bigint", placeIds.toArray()));
            ps.setDate(3, Date.valueOf(periodStart));
            ps.setDate(4, Date.valueOf(periodEnd));
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("evidence for one period could not be read", e);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
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
