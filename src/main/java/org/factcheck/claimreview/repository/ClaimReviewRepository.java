package org.factcheck.claimreview.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.factcheck.claim.repository.Sql;
import org.factcheck.common.PageRequest;

/** The sync feed of published verdicts, oldest change first. */
@ApplicationScoped
public class ClaimReviewRepository {

    @Inject
    AgroalDataSource dataSource;

    public List<Long> publishedClaimIds(OffsetDateTime since, PageRequest page) {
        String sql = """
                select claim_id from verdict where status = 'PUBLISHED' and (?::timestamptz is null or updated_at > ?)
                order by updated_at, claim_id limit ? offset ?""";
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Sql.prepare(c, sql, Sql.args(since, since, page.size(), page.offset()))) {
            return Sql.list(st, rs -> rs.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("claim review query failed", e);
        }
    }

    public long countPublished(OffsetDateTime since) {
        String sql = "select count(*) from verdict where status = 'PUBLISHED' and (?::timestamptz is null or updated_at > ?)";
        try (Connection c = dataSource.getConnection()) {
            return Sql.one(c, sql, Sql.args(since, since));
        } catch (SQLException e) {
            throw new IllegalStateException("claim review count failed", e);
        }
    }
}
