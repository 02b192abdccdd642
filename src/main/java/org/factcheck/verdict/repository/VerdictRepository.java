package org.factcheck.verdict.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.factcheck.claim.repository.EvidenceSnapshot;
import org.factcheck.claim.repository.Sql;

/**
 * Editorial verdicts. Every write names the version it replaces and is a single conditional statement, so of two
 * writers holding the same version exactly one succeeds, whichever instance of the service they reach.
 */
@ApplicationScoped
public class VerdictRepository {

    /** The fields a write sets. */
    public record Write(String rating, String summary, String explanation, List<Long> evidenceIds, String status,
                        String actor) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Inserts the first verdict (version 1); false when one exists already. */
    public boolean insertFirst(long claimId, Write w) {
        String sql = """
                insert into verdict (claim_id, rating, summary, explanation, evidence_ids, evidence, status, version,
                                     updated_by, first_published_at, published_at)
                values (?, ?, ?, ?, ?, (""" + EvidenceSnapshot.SQL + """
                ), ?, 1, ?, case when ? = 'PUBLISHED' then now() end, case when ? = 'PUBLISHED' then now() end)
                on conflict (claim_id) do nothing""";
        Long[] ids = w.evidenceIds().toArray(Long[]::new);
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, sql, Sql.args(claimId, w.rating(), w.summary(), w.explanation(), ids, ids,
                    w.status(), w.actor(), w.status(), w.status())) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("verdict insert failed", e);
        }
    }

    /** Replaces the verdict if it is still at {@code expectedVersion}; false otherwise. */
    public boolean replace(long claimId, int expectedVersion, Write w) {
        String sql = """
                update verdict set rating = ?, summary = ?, explanation = ?, evidence_ids = ?, evidence = (""" + EvidenceSnapshot.SQL + """
                ), status = ?, version = version + 1, updated_by = ?, updated_at = now(),
                    first_published_at = coalesce(first_published_at, case when ? = 'PUBLISHED' then now() end),
                    published_at = case when ? = 'PUBLISHED' then
                        (case when status = 'PUBLISHED' then published_at else now() end) else published_at end
                where claim_id = ? and version = ?""";
        Long[] ids = w.evidenceIds().toArray(Long[]::new);
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, sql, Sql.args(w.rating(), w.summary(), w.explanation(), ids, ids, w.status(),
                    w.actor(), w.status(), w.status(), claimId, expectedVersion)) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("verdict update failed", e);
        }
    }

    /** The evidence ids among {@code ids} that do not exist. */
    public List<Long> missingEvidence(List<Long> ids) {
        String sql = "select array(select i from unnest(?::bigint[]) i where not exists "
                + "(select 1 from evidence e where e.id = i) order by i)";
        try (Connection c = dataSource.getConnection();
             var st = Sql.prepare(c, sql, Sql.args((Object) ids.toArray(Long[]::new)));
             var rs = st.executeQuery()) {
            rs.next();
            return Sql.longs(rs, 1);
        } catch (SQLException e) {
            throw new IllegalStateException("evidence lookup failed", e);
        }
    }
}
