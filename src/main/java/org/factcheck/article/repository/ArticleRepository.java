package org.factcheck.article.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factcheck.claim.repository.Sql;

/** Stored articles (V4). Their claims are rows of {@code claim} with {@code article_id} set. */
@ApplicationScoped
public class ArticleRepository {

    @Inject
    AgroalDataSource dataSource;

    public long insert(String title, String body, String url, LocalDate publishedOn, String section, String place,
                       double threshold, String createdBy) {
        String sql = """
                insert into article (title, body, url, published_on, section, place, threshold, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        try (Connection c = dataSource.getConnection()) {
            return Sql.one(c, sql, Sql.args(title, body, url, publishedOn, section, place, threshold, createdBy));
        } catch (SQLException e) {
            throw new IllegalStateException("article insert failed", e);
        }
    }

    public Optional<ArticleRow> find(long id) {
        String sql = """
                select id, title, body, url, published_on, section, place, threshold, created_by, created_at
                from article where id = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Sql.prepare(c, sql, List.of(id))) {
            return Sql.list(st, rs -> new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                    rs.getString("url"), Sql.date(rs, "published_on"), rs.getString("section"), rs.getString("place"),
                    rs.getDouble("threshold"), rs.getString("created_by"), Sql.time(rs, "created_at")))
                    .stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("article query failed", e);
        }
    }
}
