package org.factcheck.evidence.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.evidence.Evidence;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

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
     * How many of the newest matches of a full-text query are ranked. Ranking reads every ranked row's search
     * document, and a broad query ("house prices") matches a quarter of a million-row table: ranking them all took
     * 0.7 s, ranking the newest 1,000 takes 3 ms.
     */
    public static final int RANK_WINDOW = 1_000;

    /**
     * The narrowest id range searched for the newest matches of a query without a place or metric, and the first one
     * when the share of records holding its words cannot be estimated (see {@link #newestMatches}).
     */
    static final long FIRST_SPAN = 5_000;

    /**
     * The id range to search first for the newest {@code window} matches, when a share {@code density} (0..1] of the
     * records is estimated to match: enough records for the window with 30 % to spare, at least {@link #FIRST_SPAN}.
     * Without an estimate, {@link #FIRST_SPAN}.
     */
    static long firstSpan(Double density, int window) {
        if (density == null || !(density > 0)) {
            return FIRST_SPAN;
        }
        return Math.max(FIRST_SPAN, (long) Math.ceil(window * 1.3 / Math.min(1.0, density)));
    }

    /**
     * The newest id and an upper estimate of the share of records that hold all the words of {@code :q}, from the
     * lexeme frequencies ANALYZE keeps for {@code evidence.search}: a record holding every word holds the least
     * frequent one, and a word ANALYZE did not list is rarer than every word it listed. Read off the query's
     * indexable part ({@code querytree}: a {@code -word} only removes matches). Null when that part has an OR, no
     * words, or the table has no statistics yet.
     */
    private static final String NEWEST_AND_DENSITY = """
            select (select max(id) from evidence) as max_id,
                   (select min(coalesce(s.freqs[array_position(s.lexemes, replace(w.m[1], '''''', ''''))],
                                        s.freqs[cardinality(s.lexemes) + 1]))
                    from (select querytree(websearch_to_tsquery('english', :q)) as tree) q,
                         regexp_matches(q.tree, '''((?:[^'']|'''')+)''', 'g') w(m),
                         (select most_common_elems::text::text[] as lexemes, most_common_elem_freqs as freqs
                          from pg_stats
                          where schemaname = current_schema() and tablename = 'evidence' and attname = 'search') s
                    where strpos(q.tree, '|') = 0)::float8 as density""";

    /** The newest matches looked up: enough to rank and to count up to {@link PageResponse#COUNT_LIMIT} + 1. */
    private static final int WINDOW = Math.max(RANK_WINDOW, PageResponse.COUNT_LIMIT) + 1;

    /** A page of evidence with the number of matches counted up to {@link PageResponse#COUNT_LIMIT} + 1. */
    public record SearchPage(List<Evidence> rows, long counted) {
    }

    /**
     * One page of evidence and the number of matches, counted up to {@link PageResponse#COUNT_LIMIT} + 1. Without q,
     * newest first. With q: the {@link #RANK_WINDOW} newest matches (all of them when fewer match) best full-text
     * match first (over metric, place, source title and quote), then any older matches newest first. The order is
     * the same whatever the page size, so pages never overlap or skip. Only the active filters go into the SQL so that
     * each shape gets its own good plan.
     */
    public SearchPage search(Filter f, PageRequest page) {
        // before planWithValues: the estimate's plan does not depend on the words, and planned for each search it
        // took 0.85 of its 1.16 ms under the mixed load (1.9 % of the database's time)
        Newest newest = f.q() != null && f.placeId() == null && f.metric() == null ? newestAndDensity(f.q()) : null;
        planWithValues();
        List<Long> ids;
        long counted;
        if (f.q() == null) {
            ids = newest(f, null, page.offset(), page.size());
            counted = countUpToLimit(f);
        } else {
            List<Match> window = newestMatches(f, newest);
            counted = Math.min(window.size(), PageResponse.COUNT_LIMIT + 1);
            ids = ranked(f, window, page);
        }
        if (ids.isEmpty()) {
            return new SearchPage(List.of(), counted);
        }
        List<Evidence> rows = new ArrayList<>(find("from Evidence e join fetch e.place join fetch e.source "
                + "where e.id in ?1", ids).list());
        rows.sort(Comparator.comparingInt(e -> ids.indexOf(e.id)));
        return new SearchPage(rows, counted);
    }

    /**
     * Plans this transaction's statements with their parameter values. Once a statement has run a few times on a
     * connection, PostgreSQL may switch to a generic plan made without the values, and for a search with a place the
     * generic plan ANDs the place's rows with the full-text bitmap of the words, whatever they are: for "house price"
     * at one place that bitmap held 304,169 matches, 34 ms, where the plan for the values reads the place's 316
     * records, 0.8 ms (12.9 ms on average per search with a place under the mixed load). Planning these statements
     * takes a fraction of a millisecond. Only this transaction is affected ({@code set local}).
     */
    private void planWithValues() {
        getEntityManager().createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }

    /** A match of a full-text search: its id and its {@code ts_rank_cd}, read with it. */
    record Match(long id, float rank) {
    }

    /** Best full-text match first, then newest first: the SQL order {@code ts_rank_cd desc, id desc}. */
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble((Match m) -> m.rank()).reversed()
            .thenComparing(Comparator.comparingLong((Match m) -> m.id()).reversed());

    /** The page of a full-text search: the window's first {@link #RANK_WINDOW} matches ranked, then older ones. */
    private List<Long> ranked(Filter f, List<Match> window, PageRequest page) {
        List<Match> rankable = new ArrayList<>(window.size() > RANK_WINDOW ? window.subList(0, RANK_WINDOW) : window);
        rankable.sort(BEST_FIRST);
        List<Long> ids = new ArrayList<>();
        for (int i = page.offset(); i < rankable.size() && ids.size() < page.size(); i++) {
            ids.add(rankable.get(i).id());
        }
        if (ids.size() < page.size() && window.size() > RANK_WINDOW) {
            // the page reaches past the ranked window, which was full: older matches follow, newest first
            long lowest = window.get(RANK_WINDOW - 1).id();
            ids.addAll(newest(f, lowest, Math.max(0, page.offset() - RANK_WINDOW), page.size() - ids.size()));
        }
        return ids;
    }

    /**
     * The newest {@link #WINDOW} matches of the filter (all of them when fewer match), newest first, each with its
     * rank: the window to rank, and the count up to 1,001. The rank is read with the row the match already fetched
     * (fetching the 1,000 rows again by id to rank them took 1,900 buffer reads).
     * <p>
     * With a place, one index answers both the words and the place ({@code evidence_search_place_block_idx}, V10, V11).
     * Found by id ranges, newest first, when no place or metric narrows the search ({@code newest}: the newest id and
     * the estimated share of matches, read by the caller; null with a place or metric). The planner underestimates how
     * many rows match two words (4,726 estimated for "median earnings", 61,095 found in 1M rows), so for a query alone
     * it chose a bitmap scan of every match, 13,201 heap pages and 550 ms, to keep the newest 1,000. Limited to
     * {@code id > lo}, it ANDs the full-text bitmap with a primary-key range and reads only the pages of the range's
     * matches. The first range is sized by the share of records estimated to match ({@link #firstSpan}), and widens (by
     * the density found, at least 2 and at most 8 times) until it holds enough matches or covers the table; a query
     * matching few records ends with the whole table, which is then cheap. A range searched by its ids costs the
     * full-text bitmap of all the words' matches (6 ms for "median earnings", 61,095 of 1M records, whatever the
     * range); one sized by the density, up to 80,000 ids, is searched by its blocks of ids in the GIN index
     * ({@link #newestAbove}), which reads only the range's part of that bitmap. A word too rare for ANALYZE to list
     * goes straight to the whole table.
     */
    private List<Match> newestMatches(Filter f, Newest newest) {
        if (newest != null) {
            if (newest.maxId() == null) {
                return List.of();
            }
            long max = newest.maxId();
            long span = firstSpan(newest.density(), WINDOW);
            while (span < max) {
                List<Match> found = newestAbove(f, max - span, span);
                if (found.size() >= WINDOW) {
                    return found;
                }
                long byDensity = found.isEmpty() ? Long.MAX_VALUE : span * WINDOW / found.size() * 13 / 10;
                span = Math.min(span * 8, Math.max(span * 2, byDensity));
            }
        }
        Map<String, Object> params = new HashMap<>();
        return matches(window(f, params, null, false), params);
    }

    /**
     * The newest {@link #WINDOW} matches with an id above {@code above}, a range of {@code span} ids. A range sized
     * by the words' density ({@link #byBlocks}) is searched by its blocks of {@link #ID_BLOCK} ids, the third column
     * of the GIN index (V11), so the scan reads the words' posting lists only from the range's first block on: it
     * then covers up to {@code ID_BLOCK - 1} ids more below {@code above}, which changes nothing, since only the
     * newest matches are kept.
     */
    List<Match> newestAbove(Filter f, long above, long span) {
        Map<String, Object> params = new HashMap<>();
        return matches(window(f, params, above, byBlocks(span)), params);
    }

    /**
     * The ids of the evidence search's GIN index's third column: {@code id / ID_BLOCK} (V11). The SQL must spell it
     * {@code e.id / 4096} and compare it with a bigint for PostgreSQL to use the index.
     */
    static final long ID_BLOCK = 4_096;

    /**
     * The widest id range searched by blocks. Over 80,000 ids, the blocks' records cost more to collect than the words'
     * matches in the whole table (the load's words over 160,000 ids: 0.9 to 3.2 times the time without blocks).
     * Measured on 1M records, src/bench/README.md "Session 10".
     */
    static final long BLOCK_SPAN_MAX = 80_000;

    /**
     * Whether a range of {@code span} ids is searched by blocks: when it is sized to hold about the window's matches
     * (wider than {@link #FIRST_SPAN}, see {@link #firstSpan}), and at most {@link #BLOCK_SPAN_MAX}. The scan then
     * reads and ranks every match of the range's blocks, so a range of the narrowest size, which a word held by over
     * a quarter of the records fills many times over, is searched by ids: PostgreSQL then reads the newest records
     * backwards through the primary key until it has enough matches ("house price" in 5,000 ids: 2.7 ms by ids, 5.2
     * by blocks; "police officers" 5.4 and 1.3).
     */
    static boolean byBlocks(long span) {
        return span > FIRST_SPAN && span <= BLOCK_SPAN_MAX;
    }

    /** The newest id (null in an empty table) and the estimated share of records matching the words (or null). */
    record Newest(Long maxId, Double density) {
    }

    Newest newestAndDensity(String q) {
        Object[] row = (Object[]) nativeQuery(NEWEST_AND_DENSITY, Map.of("q", q))
                .addScalar("max_id", StandardBasicTypes.LONG).addScalar("density", StandardBasicTypes.DOUBLE)
                .getSingleResult();
        return new Newest(row[0] == null ? null : ((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).doubleValue());
    }

    /**
     * The newest {@link #WINDOW} matches (with an id above {@code above}, when given; by blocks, from the block of
     * {@code above} on): ids and ranks.
     */
    static String window(Filter f, Map<String, Object> params, Long above, boolean byBlocks) {
        StringBuilder sql = new StringBuilder(
                "select e.id, ts_rank_cd(e.search, websearch_to_tsquery('english', :q)) as rank from evidence e");
        where(f, sql, params);
        if (above != null && byBlocks) {
            sql.append(params.isEmpty() ? " where" : " and").append(" e.id / " + ID_BLOCK + " >= :block");
            params.put("block", above / ID_BLOCK);
        } else if (above != null) {
            sql.append(params.isEmpty() ? " where" : " and").append(" e.id > :above");
            params.put("above", above);
        }
        return sql.append(" order by e.id desc limit ").append(WINDOW).toString();
    }

    /** Matches (with an id below {@code below}, when given), newest first. */
    private List<Long> newest(Filter f, Long below, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select e.id from evidence e");
        Map<String, Object> params = new HashMap<>();
        where(f, sql, params);
        if (below != null) {
            sql.append(params.isEmpty() ? " where" : " and").append(" e.id < :below");
            params.put("below", below);
        }
        sql.append(" order by e.id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return ids(sql.toString(), params);
    }

    private List<Match> matches(String sql, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery(sql, params).addScalar("id", StandardBasicTypes.LONG)
                .addScalar("rank", StandardBasicTypes.FLOAT).getResultList();
        List<Match> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new Match(((Number) row[0]).longValue(), ((Number) row[1]).floatValue()));
        }
        return out;
    }

    private List<Long> ids(String sql, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Long> ids = nativeQuery(sql, params).addScalar("id", StandardBasicTypes.LONG).getResultList();
        return ids;
    }

    /**
     * A native query, for its caller to give each column's type ({@code addScalar}): left to Hibernate, the types of
     * the result were looked up on every execution, and each lookup built and threw an exception inside Hibernate
     * (1.8 % of the JVM's samples under the mixed load, async-profiler).
     */
    @SuppressWarnings("rawtypes")
    private NativeQuery nativeQuery(String sql, Map<String, Object> params) {
        NativeQuery query = getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
        params.forEach(query::setParameter);
        return query;
    }

    /** The number of matches, counted up to {@link PageResponse#COUNT_LIMIT} + 1 (more means "more than that"). */
    private long countUpToLimit(Filter f) {
        StringBuilder sql = new StringBuilder("select count(*) as n from (select 1 from evidence e");
        Map<String, Object> params = new HashMap<>();
        where(f, sql, params);
        sql.append(" limit :cap) counted");
        params.put("cap", PageResponse.COUNT_LIMIT + 1);
        return ((Number) nativeQuery(sql.toString(), params).addScalar("n", StandardBasicTypes.LONG).getSingleResult())
                .longValue();
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
