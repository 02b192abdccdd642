package org.factcheck.claim.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Idempotency keys (table idempotency_key, primary key owner + key). */
@ApplicationScoped
public class IdempotencyRepository {

    /** A stored key: completed when status is not null. */
    public record Stored(String requestHash, Integer status, String location, String response) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Claims the key for this request: true when this request owns it now (a new key, or one whose owner gave up
     * without an answer more than {@code abandonAfterSeconds} ago). The insert happens before any work, so of
     * concurrent duplicates exactly one gets true.
     */
    public boolean claim(String owner, String key, String requestHash, int abandonAfterSeconds) {
        String sql = """
                insert into idempotency_key (owner, key, request_hash) values (?, ?, ?)
                on conflict (owner, key) do update set request_hash = excluded.request_hash, created_at = now()
                    where idempotency_key.status is null
                      and idempotency_key.created_at < now() - make_interval(secs => ?)
                returning 1""";
        try (Connection c = dataSource.getConnection()) {
            return Sql.one(c, sql, List.of(owner, key, requestHash, abandonAfterSeconds)) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency insert failed", e);
        }
    }

    public Optional<Stored> find(String owner, String key) {
        String sql = "select request_hash, status, location, response from idempotency_key where owner = ? and key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, List.of(owner, key))) {
            return Sql.list(st, rs -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                    rs.getString(4))).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency query failed", e);
        }
    }

    public void complete(String owner, String key, int status, String location, String response) {
        String sql = """
                update idempotency_key set status = ?, location = ?, response = ?, completed_at = now()
                where owner = ? and key = ?""";
        try (Connection c = dataSource.getConnection()) {
            Sql.update(c, sql, Sql.args(status, location, response, owner, key));
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency update failed", e);
        }
    }

    public void release(String owner, String key) {
        try (Connection c = dataSource.getConnection()) {
            Sql.update(c, "delete from idempotency_key where owner = ? and key = ? and status is null",
                    List.of(owner, key));
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency delete failed", e);
        }
    }
}
