package org.factcheck.verdict.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.factcheck.claim.repository.Sql;

/** The append-only trail (table claim_history; a trigger refuses updates and deletes). */
@ApplicationScoped
public class HistoryRepository {

    /** One entry: before and after are JSON text (null when there was nothing before). */
    public record Entry(long id, long claimId, String event, String actor, OffsetDateTime at, String before,
                       String after) {
    }

    @Inject
    AgroalDataSource dataSource;

    public void append(long claimId, String event, String actor, String beforeJson, String afterJson) {
        String sql = "insert into claim_history (claim_id, event, actor, before, after) values (?, ?, ?, ?::jsonb, ?::jsonb)";
        try (Connection c = dataSource.getConnection()) {
            Sql.update(c, sql, Sql.args(claimId, event, actor, beforeJson, afterJson));
        } catch (SQLException e) {
            throw new IllegalStateException("history insert failed", e);
        }
    }

    public List<Entry> findByClaim(long claimId) {
        String sql = """
                select id, claim_id, event, actor, at, before::text as before, after::text as after
                from claim_history where claim_id = ? order by id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, List.of(claimId))) {
            return Sql.list(st, rs -> new Entry(rs.getLong("id"), rs.getLong("claim_id"), rs.getString("event"),
                    rs.getString("actor"), Sql.time(rs, "at"), rs.getString("before"), rs.getString("after")));
        } catch (SQLException e) {
            throw new IllegalStateException("history query failed", e);
        }
    }
}
