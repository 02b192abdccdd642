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
 * stored claim must hold every required term (its specific places and numbers) and the words the matcher says it must
 * share ({@link #tsquery(List, List)}). Best {@code ts_rank} first among the {@link #RANK_WINDOW} newest matches; the
 * service scores them exactly.
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

    /** At least {@code count} (0, 1 or 2) of {@code terms}. */
    public record AtLeast(int count, List<String> terms) {
    }

    /** Candidates holding {@code query} (from {@link #tsquery}), best rank first; none for an empty query. */
    public List<Candidate> candidates(String query, int limit) {
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

    /**
     * Every required term and any one of the alternatives, each every one of its {@link AtLeast} conditions; empty
     * (no candidates) when there is no alternative or none can hold (more terms asked than given). An alternative
     * asking nothing (every count 0) holds for every claim: the required terms alone, refused without them.
     */
    public static String tsquery(List<String> required, List<List<AtLeast>> anyOf) {
        List<String> req = required.stream().filter(MatchRepository::safe).map(MatchRepository::quote).toList();
        List<String> alternatives = new ArrayList<>();
        boolean any = false;
        for (List<AtLeast> all : anyOf) {
            List<String> parts = new ArrayList<>();
            boolean possible = true;
            for (AtLeast a : all) {
                List<String> terms = a.terms().stream().filter(MatchRepository::safe).map(MatchRepository::quote)
                        .toList();
                if (a.count() < 0 || a.count() > 2) {
                    throw new IllegalArgumentException("at least 0, 1 or 2 terms, not " + a.count());
                } else if (a.count() > terms.size()) {
                    possible = false;
                } else if (a.count() == 1) {
                    parts.add(terms.size() == 1 ? terms.get(0) : "(" + String.join(" | ", terms) + ")");
                } else if (a.count() == 2) {
                    parts.add("(" + atLeastTwo(terms) + ")");
                }
            }
            if (possible && parts.isEmpty()) {
                any = true;
            } else if (possible) {
                alternatives.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" & ", parts) + ")");
            }
        }
        String all = String.join(" & ", req);
        if (any) {
            if (req.isEmpty()) {
                throw new IllegalArgumentException("no required term and an alternative holding for every claim");
            }
            return all;
        }
        if (alternatives.isEmpty()) {
            return "";
        }
        String words = String.join(" | ", alternatives);
        return req.isEmpty() ? words : "(" + all + ") & (" + words + ")";
    }

    /**
     * At least two of t1..tn, factored as (t1 & (t2 | ... | tn)) | (t2 & (t3 | ... | tn)) | ...: the same claims as
     * every pair OR'd, with about half the operands, and the GIN scan evaluates the query once for every claim holding
     * any of the terms (31.7 ms for seven common terms as pairs, 18.6 ms factored, 100,000 claims).
     */
    private static String atLeastTwo(List<String> quoted) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < quoted.size() - 1; i++) {
            List<String> rest = quoted.subList(i + 1, quoted.size());
            String any = rest.size() == 1 ? rest.get(0) : "(" + String.join(" | ", rest) + ")";
            clauses.add("(" + quoted.get(i) + " & " + any + ")");
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
