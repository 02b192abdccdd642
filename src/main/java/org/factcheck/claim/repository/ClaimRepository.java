package org.factcheck.claim.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.factcheck.claim.repository.ClaimRow.AssessmentRow;
import org.factcheck.claim.repository.ClaimRow.VerdictRow;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;

/**
 * Claims with their newest assessment and verdict. Listing filters use the indexes of V2: {@code claim_search_idx}
 * (q), {@code claim_tags_idx} (tag), {@code claim_updated_idx} (updatedSince, and the sync order), and of V7:
 * {@code claim_rating_idx} (rating) and {@code claim_review_status_idx} (status), on columns its triggers keep.
 */
@ApplicationScoped
public class ClaimRepository {

    /**
     * True when any evidence record cited by the verdict (or, without a verdict, by the newest assessment) is gone
     * or now has another value, unit or period than when it was cited: one set-based probe per claim.
     */
    static final String STALE = """
            exists (select 1 from jsonb_to_recordset(coalesce(v.evidence, a.evidence))
                        as s(id bigint, value numeric, unit text, "periodStart" date, "periodEnd" date)
                    left join evidence e on e.id = s.id
                    where e.id is null or e.value <> s.value or e.unit <> s.unit
                       or e.period_start <> s."periodStart" or e.period_end <> s."periodEnd")""";

    private static final String SELECT = """
            select c.id, c.text, c.speaker, c.stated_on, c.appearance_url, c.place, c.tags, c.created_by,
                   c.created_at, c.updated_at, c.article_id,
                   a.id as a_id, a.kind as a_kind, a.rating as a_rating, a.confidence as a_confidence,
                   a.result::text as a_result, a.evidence::text as a_evidence, a.assessed_by, a.assessed_at,
                   v.rating as v_rating, v.summary, v.explanation, v.evidence_ids, v.evidence::text as v_evidence,
                   v.status, v.version, v.updated_by, v.updated_at as v_updated_at, v.first_published_at,
                   v.published_at, """ + STALE + """
             as stale
            from claim c
            left join assessment a on a.id = c.latest_assessment_id
            left join verdict v on v.claim_id = c.id
            """;

    @Inject
    AgroalDataSource dataSource;

    /** Where a claim found in an article stands in it. */
    public record ArticleLink(long articleId, int index, int spanStart, int spanEnd) {
    }

    /** A new claim's first automatic assessment: the engine's answer as JSON and the evidence it cited. */
    public record FirstAssessment(String rating, double confidence, String resultJson, List<Long> evidenceIds) {
    }

    /** The ids a new claim and its first assessment were stored under. */
    public record Inserted(long claimId, long assessmentId) {
    }

    /**
     * Inserts a claim with its first assessment in one statement; {@code article} is null for a claim submitted on
     * its own. The assessment takes the claim's id from the claim's sequence, so the claim row is written once,
     * already pointing at it: inserted and then updated, it entered each of its four GIN indexes twice (the update is
     * not HOT: updated_at, rating and review status are indexed). The claim's rating trigger sees the assessment,
     * inserted earlier in the same statement, and both foreign keys are checked at its end.
     */
    public Inserted insert(String text, String speaker, LocalDate statedOn, String appearanceUrl, String place,
                           List<String> tags, List<String> matchTerms, String createdBy, ArticleLink article,
                           FirstAssessment first) {
        String sql = """
                with a as (%s returning id, claim_id)
                insert into claim (id, latest_assessment_id, text, speaker, stated_on, appearance_url, place, tags,
                                   match_terms, created_by, article_id, article_index, span_start, span_end)
                select a.claim_id, a.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from a
                returning id, latest_assessment_id"""
                .formatted(AssessmentRepository.insertSql("nextval(pg_get_serial_sequence('claim', 'id'))"));
        List<Object> params = Sql.args("INITIAL", first.rating(), first.confidence(), first.resultJson(),
                first.evidenceIds().toArray(Long[]::new), createdBy, text, speaker, statedOn, appearanceUrl, place,
                tags.toArray(String[]::new), matchTerms.toArray(String[]::new), createdBy,
                article == null ? null : article.articleId(), article == null ? null : article.index(),
                article == null ? null : article.spanStart(), article == null ? null : article.spanEnd());
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, params)) {
            return Sql.list(st, rs -> new Inserted(rs.getLong(1), rs.getLong(2))).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("claim insert failed", e);
        }
    }

    /** Points the claim at its newest assessment and marks it changed. */
    public void setLatestAssessment(long claimId, long assessmentId) {
        update("update claim set latest_assessment_id = ?, updated_at = now() where id = ?",
                List.of(assessmentId, claimId));
    }

    public void touch(long claimId) {
        update("update claim set updated_at = now() where id = ?", List.of(claimId));
    }

    public boolean exists(long id) {
        return one("select count(*) from claim where id = ?", List.of(id)) > 0;
    }

    public Optional<ClaimRow> find(long id) {
        return query(SELECT + " where c.id = ?", List.of(id)).stream().findFirst();
    }

    public List<ClaimRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrderOf(ids, query(SELECT + " where c.id = any(?)", List.of((Object) ids.toArray(Long[]::new))),
                ClaimRow::id);
    }

    /**
     * What a match shows of each claim: no assessment document, no staleness probe, and the verdict only when it is
     * published. Five claims in 0.54 ms where their full rows ({@link #findAll}) took 0.78 in a single session; under
     * the mixed load 0.6 ms a call against 1.5-1.7, 4.4-4.6 % of the database's time before. In the order of
     * {@code ids}. The ids are read through a scalar sub-select, so PostgreSQL cannot tell five ids from ten and
     * keeps its generic plan (the same index lookups) instead of planning every call: 0.38 ms of planning for
     * 0.12 ms of execution under the mixed load, 2.1-2.8 % of the database's time.
     */
    public List<MatchedRow> findMatched(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = """
                select c.id, c.text, c.speaker, c.stated_on, a.rating as a_rating,
                       v.rating as v_rating, v.summary, v.explanation, v.evidence_ids, v.evidence::text as v_evidence,
                       v.status, v.version, v.updated_by, v.updated_at as v_updated_at, v.first_published_at,
                       v.published_at
                from claim c
                left join assessment a on a.id = c.latest_assessment_id
                left join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
                where c.id = any(cast((select cast(? as bigint[])) as bigint[]))""";
        List<MatchedRow> rows;
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Sql.prepare(c, sql, List.of((Object) ids.toArray(Long[]::new)))) {
            rows = Sql.list(st, rs -> new MatchedRow(rs.getLong("id"), rs.getString("text"), rs.getString("speaker"),
                    Sql.date(rs, "stated_on"), rs.getString("a_rating"), verdict(rs)));
        } catch (SQLException e) {
            throw new IllegalStateException("claim query failed", e);
        }
        return inOrderOf(ids, rows, MatchedRow::id);
    }

    private static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, ToLongFunction<T> id) {
        return ids.stream().flatMap(i -> rows.stream().filter(r -> id.applyAsLong(r) == i)).toList();
    }

    /** The claims stored from one article, in the order they appear in it. */
    public List<ClaimRow> findByArticle(long articleId) {
        return query(SELECT + " where c.article_id = ? order by c.article_index", List.of(articleId));
    }

    /**
     * The newest claims searched first for words: the planner cannot tell how many claims hold two words (181
     * estimated, 4,446 found for "house price" among 100,000) and fetches every match to keep the newest 20 (3,668
     * heap pages); limited to the newest 10,000 claims it reads only theirs.
     */
    static final long RECENT_SPAN = 10_000;

    public List<ClaimRow> search(ClaimFilter f, PageRequest page) {
        List<Object> filterParams = new ArrayList<>();
        String where = where(f, filterParams);
        String order = f.updatedSince() != null ? " order by c.updated_at, c.id" : " order by c.id desc";
        List<Object> params = new ArrayList<>(filterParams);
        params.add(page.size());
        params.add(page.offset());
        if (f.stale() != null) {
            // the stale filter reads the assessment and the verdict: one query with the joins
            return query(SELECT + where + order + " limit ? offset ?", params);
        }
        // the page's ids first, from the claim table alone, then the joins for those rows only: the planner
        // estimated 181 claims for "house price" where 4,446 matched, and joined all of them before sorting
        // (122 ms at 100,000 claims)
        String head = SELECT + " where c.id = any(array(select c.id from claim c";
        String tail = order + " limit ? offset ?))" + order;
        if (f.q() != null && f.updatedSince() == null) {
            // words that many claims hold: the newest claims first (see RECENT_SPAN); a full page found among them is
            // the page, since every newer claim was searched
            List<Object> recent = new ArrayList<>(filterParams);
            recent.add(RECENT_SPAN);
            recent.add(page.size());
            recent.add(page.offset());
            String bounded = where + " and c.id > (select max(id) from claim) - ?";
            List<ClaimRow> rows = query(head + bounded + tail, recent);
            if (rows.size() == page.size()) {
                return rows;
            }
        }
        return query(head + where + tail, params);
    }

    /**
     * The number of matches, counted up to {@link PageResponse#COUNT_LIMIT} + 1 (more means "more than that"). The
     * joins are there for the stale filter; PostgreSQL removes them when no filter uses them (both are unique).
     */
    public long countUpToLimit(ClaimFilter f) {
        List<Object> params = new ArrayList<>();
        String sql = countSql(f, params);
        params.add(PageResponse.COUNT_LIMIT + 1);
        return one(sql, params);
    }

    /**
     * The count's statement. A status or rating filter counts the newest matches, in the order of their btrees
     * ({@code claim_review_status_idx}, {@code claim_rating_idx}: column, id): without an order the planner expects
     * the matches spread evenly over the table and scans it from the start, but claims reviewed together sit
     * together (40,934 claims read to count 1,001 drafts among 107,000, 45.9 ms; through the index 1.8 ms). Words and
     * tags are left unordered: their matches come from a GIN index in no order, and ordering would read them all.
     */
    static String countSql(ClaimFilter f, List<Object> params) {
        String where = where(f, params);
        boolean byBtree = (f.status() != null || f.rating() != null) && f.q() == null && f.tag() == null;
        return "select count(*) from (select 1 from claim c left join assessment a on a.id = c.latest_assessment_id "
                + "left join verdict v on v.claim_id = c.id" + where + (byBtree ? " order by c.id desc" : "")
                + " limit ?) counted";
    }

    private static String where(ClaimFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.q() != null) {
            clauses.add("c.search @@ websearch_to_tsquery('english', ?)");
            params.add(f.q());
        }
        if (f.rating() != null) {
            clauses.add("c.rating = ?");
            params.add(f.rating());
        }
        if (f.status() != null) {
            clauses.add("c.review_status = ?");
            params.add(f.status());
        }
        if (f.speaker() != null) {
            clauses.add("lower(c.speaker) like '%' || lower(?) || '%'");
            params.add(f.speaker());
        }
        if (f.place() != null) {
            clauses.add("lower(c.place) = lower(?)");
            params.add(f.place());
        }
        if (f.tag() != null) {
            clauses.add("c.tags @> ?");
            params.add(new String[] {f.tag()});
        }
        if (f.from() != null) {
            clauses.add("c.stated_on >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            clauses.add("c.stated_on <= ?");
            params.add(f.to());
        }
        if (f.updatedSince() != null) {
            clauses.add("c.updated_at > ?");
            params.add(f.updatedSince());
        }
        if (f.stale() != null) {
            clauses.add(f.stale() ? STALE : "not " + STALE);
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private List<ClaimRow> query(String sql, List<?> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, params)) {
            return Sql.list(st, ClaimRepository::row);
        } catch (SQLException e) {
            throw new IllegalStateException("claim query failed", e);
        }
    }

    private long one(String sql, List<?> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, params);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("claim statement failed", e);
        }
    }

    private void update(String sql, List<?> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, params)) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("claim update failed", e);
        }
    }

    private static ClaimRow row(ResultSet rs) throws SQLException {
        long assessmentId = rs.getLong("a_id");
        AssessmentRow assessment = rs.wasNull() ? null : new AssessmentRow(assessmentId, rs.getString("a_kind"),
                rs.getString("a_rating"), rs.getDouble("a_confidence"), rs.getString("a_result"),
                rs.getString("a_evidence"), rs.getString("assessed_by"), Sql.time(rs, "assessed_at"));
        return new ClaimRow(rs.getLong("id"), rs.getString("text"), rs.getString("speaker"),
                Sql.date(rs, "stated_on"), rs.getString("appearance_url"), rs.getString("place"),
                Sql.strings(rs, "tags"), rs.getString("created_by"), Sql.time(rs, "created_at"),
                Sql.time(rs, "updated_at"), Sql.nullableLong(rs, "article_id"), assessment, verdict(rs),
                rs.getBoolean("stale"));
    }

    private static VerdictRow verdict(ResultSet rs) throws SQLException {
        String rating = rs.getString("v_rating");
        return rating == null ? null : new VerdictRow(rating, rs.getString("summary"), rs.getString("explanation"),
                Sql.longs(rs, "evidence_ids"), rs.getString("v_evidence"), rs.getString("status"),
                rs.getInt("version"), rs.getString("updated_by"), Sql.time(rs, "v_updated_at"),
                Sql.time(rs, "first_published_at"), Sql.time(rs, "published_at"));
    }
}
