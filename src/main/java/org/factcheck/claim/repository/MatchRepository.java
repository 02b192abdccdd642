package org.factcheck.claim.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidates for claim matching, from the GIN index {@code claim_match_doc_idx} over the canonical match terms: a
 * stored claim must hold every required term (its specific places and numbers) and at least one other term; without
 * required terms, at least two of the query's terms. Best {@code ts_rank} first; the service scores them exactly.
 */
@ApplicationScoped
public class MatchRepository {

    /** A candidate: id, text and stored match terms. */
    public record Candidate(long id, String text, List<String> terms) {
    }

    @Inject
    AgroalDataSource dataSource;

    public List<Candidate> candidates(List<String> required, List<String> optional, int limit) {
        String query = tsquery(required, optional);
        if (query.isEmpty()) {
            return List.of();
        }
        String sql = """
                select id, text, match_terms from claim where match_doc @@ ?::tsquery
                order by ts_rank(match_doc, ?::tsquery) desc, id desc limit ?""";
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Sql.prepare(c, sql, List.of(query, query, limit))) {
            return Sql.list(st, rs -> new Candidate(rs.getLong(1), rs.getString(2), Sql.strings(rs, "match_terms")));
        } catch (SQLException e) {
            throw new IllegalStateException("match query failed", e);
        }
    }

    static String tsquery(List<String> required, List<String> optional) {
        List<String> req = required.stream().filter(MatchRepository::safe).map(MatchRepository::quote).toList();
        List<String> opt = optional.stream().filter(MatchRepository::safe).map(MatchRepository::quote).limit(10)
                .toList();
        if (!req.isEmpty()) {
            String all = String.join(" & ", req);
            return opt.isEmpty() ? all : "(" + all + ") & (" + String.join(" | ", opt) + ")";
        }
        if (opt.size() < 2) {
            return opt.isEmpty() ? "" : opt.get(0);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < opt.size(); i++) {
            for (int j = i + 1; j < opt.size(); j++) {
                pairs.add("(" + opt.get(i) + " & " + opt.get(j) + ")");
            }
        }
        return String.join(" | ", pairs);
    }

    private static boolean safe(String term) {
        return !term.isEmpty() && term.indexOf('\'') < 0 && term.indexOf('\\') < 0;
    }

    private static String quote(String term) {
        return "'" + term + "'";
    }
}
