package org.factcheck.evidence.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.common.PageRequest;
import org.factcheck.evidence.Evidence;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepository<Evidence> {

    /**
     * The stored metrics that contain the asked-for text or are trigram-similar to it. A table holds few distinct
     * metrics, so they are read off {@code evidence_metric_place_idx} (metric, place_id) by a loose index scan (one
     * probe per distinct metric) and matched in memory; the rows of the matching metrics then come through the same
     * btree. No per-row trigram index is needed (V6 dropped it: it cost every imported row).
     */
    private static final String LOOSE_METRICS = """
            with recursive m(metric) as (
                (select metric from evidence order by metric limit 1)
                union all
                select (select n.metric from evidence n where n.metric > m.metric order by n.metric limit 1)
                from m where m.metric is not null
            )
            select m.metric from m where m.metric ilike '%' || :metric || '%' or m.metric % :metric""";

    /** Filters of the evidence search; null means "any". */
    public record Filter(String q, Long placeId, String metric, LocalDate from, LocalDate to) {
    }

    public Optional<Evidence> findFull(long id) {
        return find("from Evidence e join fetch e.place join fetch e.source where e.id = ?1", id)
                .firstResultOptional();
    }

    public Optional<Evidence> findByKey(long placeId, String metric, LocalDate start, LocalDate end, long sourceId) {
        return find("place.id = ?1 and metric = ?2 and periodStart = ?3 and periodEnd = ?4 and source.id = ?5",
                placeId, metric, start, end, sourceId).firstResultOptional();
    }

    /**
     * One page of evidence. Full-text matches (over metric, place, source title and quote) come best first; without
     * q, newest first. Only the active filters go into the SQL so that each shape gets its own good plan.
     */
    public List<Evidence> search(Filter f, PageRequest page) {
        StringBuilder sql = new StringBuilder("select e.id from evidence e");
        Map<String, Object> params = new HashMap<>();
        where(f, sql, params);
        sql.append(f.q() != null
                ? " order by ts_rank_cd(e.search, websearch_to_tsquery('english', :q)) desc, e.id desc"
                : " order by e.id desc");
        sql.append(" limit :limit offset :offset");
        params.put("limit", page.size());
        params.put("offset", page.offset());
        Query query = getEntityManager().createNativeQuery(sql.toString(), Long.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Evidence> rows = new ArrayList<>(find("from Evidence e join fetch e.place join fetch e.source "
                + "where e.id in ?1", ids).list());
        rows.sort(Comparator.comparingInt(e -> ids.indexOf(e.id)));
        return rows;
    }

    public long count(Filter f) {
        StringBuilder sql = new StringBuilder("select count(*) from evidence e");
        Map<String, Object> params = new HashMap<>();
        where(f, sql, params);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Long.class);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void where(Filter f, StringBuilder sql, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.q() != null) {
            clauses.add("e.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", f.q());
        }
        if (f.placeId() != null) {
            clauses.add("e.place_id = :place");
            params.put("place", f.placeId());
        }
        if (f.metric() != null) {
            clauses.add("e.metric in (" + LOOSE_METRICS + ")");
            params.put("metric", f.metric());
        }
        if (f.from() != null) {
            clauses.add("e.period_end >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("e.period_start <= :to");
            params.put("to", f.to());
        }
        if (!clauses.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", clauses));
        }
    }
}
