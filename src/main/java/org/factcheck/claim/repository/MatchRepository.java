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
 * required terms, at least two of the query's terms. Best {@code ts_rank} first among the {@link #RANK_WINDOW} newest
 * matches; the service scores them exactly.
 */
@ApplicationScoped
public class MatchRepository {

    /** A candidate: id, text and stored match terms. */
    public record Candidate(long id, String text, List<String> terms) {
    }

    /**
     * How many of the newest claims holding the terms are ranked. A newsroom's store gathers many claims on the same
     * subject: with 100,000 stored claims a query of common terms matched 14,577 of them, and ranking them all took
     * 150 ms where ranking the newest 2,000 takes 23 ms. Specific claims (a place and a number) match far fewer.
     */
    static final int RANK_WINDOW = 2_000;

    @Inject
    AgroalDataSource dataSource;

    public List<Candidate> candidates(List<String> required, List<String> optional, int limit) {
        String query = tsquery(required, optional);
        if (query.isEmpty()) {
            return List.of();
        }
        // Planned with its terms every time (prepareForValues) and with the window written into the SQL: a generic
        // plan walks the primary key backwards testing every claim (142 ms for a rare match where the GIN bitmap scan
        // takes 5 ms; 21 ms a match on average under the mixed load). The window keeps each match's document, is
        // ranked after its limit (not for every match a bitmap scan finds), and only the best are fetched again for
        // their text.
        String sql = """
                select c.id, c.text, c.match_terms
                from (select id, ts_rank(match_doc, ?::tsquery) as rank
                      from (select id, match_doc from claim
                            where match_doc @@ ?::tsquery order by id desc limit %d) w
                      order by rank desc, id desc limit ?) best
                join claim c on c.id = best.id
                order by best.rank desc, best.id desc""".formatted(RANK_WINDOW);
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Sql.prepareForValues(c, sql, List.of(query, query, limit))) {
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
        // at least two of t1..tn, factored as (t1 & (t2 | ... | tn)) | (t2 & (t3 | ... | tn)) | ...: the same claims
        // as every pair OR'd, with about half the operands, and the GIN scan evaluates the query once for every claim
        // holding any of the terms (31.7 ms for seven common terms as pairs, 18.6 ms factored, 100,000 claims)
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < opt.size() - 1; i++) {
            List<String> rest = opt.subList(i + 1, opt.size());
            String any = rest.size() == 1 ? rest.get(0) : "(" + String.join(" | ", rest) + ")";
            clauses.add("(" + opt.get(i) + " & " + any + ")");
        }
        return String.join(" | ", clauses);
    }

    private static boolean safe(String term) {
        return !term.isEmpty() && term.indexOf('\'') < 0 && term.indexOf('\\') < 0;
    }

    private static String quote(String term) {
        return "'" + term + "'";
    }
}
