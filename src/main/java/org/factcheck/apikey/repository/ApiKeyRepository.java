package org.factcheck.apikey.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.factcheck.claim.repository.Sql;

/** API keys by hash (unique index api_key_hash_uk). */
@ApplicationScoped
public class ApiKeyRepository {

    /** A stored key, without the key itself. */
    public record Stored(long id, String owner, List<String> roles, String prefix, String createdBy,
                         OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    private static final String COLUMNS = "id, owner, roles, prefix, created_by, created_at, revoked_at";

    @Inject
    AgroalDataSource dataSource;

    /** Inserts a key; empty when a key with this hash exists already. */
    public Optional<Stored> insert(String owner, List<String> roles, String hash, String prefix, String createdBy) {
        String sql = "insert into api_key (owner, roles, key_hash, prefix, created_by) values (?, ?, ?, ?, ?) "
                + "on conflict (key_hash) do nothing returning " + COLUMNS;
        return list(sql, Sql.args(owner, roles.toArray(String[]::new), hash, prefix, createdBy)).stream().findFirst();
    }

    public Optional<Stored> findActiveByHash(String hash) {
        return list("select " + COLUMNS + " from api_key where key_hash = ? and revoked_at is null", List.of(hash))
                .stream().findFirst();
    }

    public List<Stored> findAll() {
        return list("select " + COLUMNS + " from api_key order by id", List.of());
    }

    /** Revokes a key; false when there is none with this id. */
    public boolean revoke(long id) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, "update api_key set revoked_at = coalesce(revoked_at, now()) where id = ?",
                    List.of(id)) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("api key update failed", e);
        }
    }

    private List<Stored> list(String sql, List<?> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, params)) {
            return Sql.list(st, ApiKeyRepository::row);
        } catch (SQLException e) {
            throw new IllegalStateException("api key query failed", e);
        }
    }

    private static Stored row(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("owner"), Sql.strings(rs, "roles"), rs.getString("prefix"),
                rs.getString("created_by"), Sql.time(rs, "created_at"), Sql.time(rs, "revoked_at"));
    }
}
