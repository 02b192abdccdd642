package org.factcheck.claim.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.factcheck.claim.repository.ClaimRow.AssessmentRow;

/** Automatic assessments: inserted, never changed. */
@ApplicationScoped
public class AssessmentRepository {

    @Inject
    AgroalDataSource dataSource;

    /**
     * The insert of one assessment, its claim's id given by {@code claimId} (an SQL expression), then the parameters
     * kind, rating, confidence, result JSON, cited evidence ids and actor. The cited evidence snapshot is read from
     * today's evidence rows in the same statement, so it holds exactly the values the engine compared.
     */
    static String insertSql(String claimId) {
        return """
                insert into assessment (claim_id, kind, rating, confidence, result, evidence, assessed_by)
                values (%s, ?, ?, ?, ?::jsonb, (%s), ?)""".formatted(claimId, EvidenceSnapshot.SQL);
    }

    /** Stores an assessment of a stored claim (see {@link #insertSql}). */
    public long insert(long claimId, String kind, String rating, double confidence, String resultJson,
                       List<Long> evidenceIds, String actor) {
        String sql = insertSql("?") + " returning id";
        try (Connection c = dataSource.getConnection()) {
            return Sql.one(c, sql, Sql.args(claimId, kind, rating, confidence, resultJson,
                    evidenceIds.toArray(Long[]::new), actor));
        } catch (SQLException e) {
            throw new IllegalStateException("assessment insert failed", e);
        }
    }

    public List<AssessmentRow> findByClaim(long claimId) {
        String sql = """
                select id, kind, rating, confidence, result::text as result, evidence::text as evidence,
                       assessed_by, assessed_at from assessment where claim_id = ? order by id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, List.of(claimId))) {
            return Sql.list(st, rs -> new AssessmentRow(rs.getLong("id"), rs.getString("kind"),
                    rs.getString("rating"), rs.getDouble("confidence"), rs.getString("result"),
                    rs.getString("evidence"), rs.getString("assessed_by"), Sql.time(rs, "assessed_at")));
        } catch (SQLException e) {
            throw new IllegalStateException("assessment query failed", e);
        }
    }
}
