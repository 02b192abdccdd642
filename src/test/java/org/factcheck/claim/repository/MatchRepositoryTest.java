package org.factcheck.claim.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidate query's tsquery, evaluated by PostgreSQL against every subset of a claim's possible terms: it must hold
 * exactly the claims the matcher's rule names (every required term, and any one of the alternatives of least counts
 * of the query's words).
 */
@QuarkusTest
class MatchRepositoryTest {

    /** Terms a stored claim may hold: the query's optional terms and two it does not ask for. */
    private static final List<String> VOCABULARY = List.of("rise", "b:london", "decade", "home", "n:700000000",
            "y:2025", "police", "fund");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anyOfTheAlternativesEachWithItsLeastCounts() throws SQLException {
        List<String> full = List.of("decade", "home", "police", "fund");
        List<String> generic = List.of("rise", "b:london");
        for (int f = 0; f <= 2; f++) {
            for (int g = 0; g <= 2; g++) {
                int needFull = f;
                int needGeneric = g;
                List<MatchRepository.AtLeast> both = List.of(new MatchRepository.AtLeast(f, full),
                        new MatchRepository.AtLeast(g, generic));
                if (f + g == 0) {
                    assertThrows(IllegalArgumentException.class,
                            () -> MatchRepository.tsquery(List.of(), List.of(both)));
                    continue;
                }
                // alone, and beside "one of the generic terms and the first full one"
                assertExactly(MatchRepository.tsquery(List.of(), List.of(both)),
                        held -> count(held, full) >= needFull && count(held, generic) >= needGeneric);
                List<MatchRepository.AtLeast> other = List.of(new MatchRepository.AtLeast(1, generic),
                        new MatchRepository.AtLeast(1, List.of("decade")));
                assertExactly(MatchRepository.tsquery(List.of(), List.of(both, other)),
                        held -> count(held, full) >= needFull && count(held, generic) >= needGeneric
                                || count(held, generic) >= 1 && held.contains("decade"));
            }
        }
    }

    @Test
    void everyRequiredTermAndTheAlternatives() throws SQLException {
        List<String> required = List.of("n:700000000", "y:2025");
        List<String> full = List.of("decade", "home", "police");
        assertExactly(MatchRepository.tsquery(required, List.of(List.of(new MatchRepository.AtLeast(2, full)))),
                held -> held.containsAll(required) && count(held, full) >= 2);
        assertExactly(MatchRepository.tsquery(List.of("n:700000000"), List.of(
                        List.of(new MatchRepository.AtLeast(1, full), new MatchRepository.AtLeast(1, List.of("rise"))),
                        List.of(new MatchRepository.AtLeast(2, full)))),
                held -> held.contains("n:700000000")
                        && (count(held, full) >= 1 && held.contains("rise") || count(held, full) >= 2));
        // an alternative asking for nothing: the required terms alone
        assertExactly(MatchRepository.tsquery(required, List.of(List.of(new MatchRepository.AtLeast(0, full)),
                List.of(new MatchRepository.AtLeast(2, full)))), held -> held.containsAll(required));
    }

    @Test
    void noCandidatesWhenNoAlternativeCanHold() throws SQLException {
        List<String> one = List.of("home");
        assertExactly(MatchRepository.tsquery(List.of(), List.of(List.of(new MatchRepository.AtLeast(2, one)),
                        List.of(new MatchRepository.AtLeast(1, List.of("police", "fund"))))),
                held -> count(held, List.of("police", "fund")) >= 1);
        assertEquals("", MatchRepository.tsquery(List.of(), List.of(List.of(new MatchRepository.AtLeast(2, one)))));
        assertEquals("", MatchRepository.tsquery(List.of("y:2025"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> MatchRepository.tsquery(List.of(), List.of(List.of(
                new MatchRepository.AtLeast(3, List.of("police", "fund", "home"))))));
    }

    @Test
    void theCandidateQueryIsNeverPreparedOnTheServer() throws SQLException {
        // a prepared statement may get a generic plan, which walked the whole primary key for rare terms
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, serverPrepared(c, true), "planned with its values");
            assertEquals(1, serverPrepared(c, false), "the driver's default, for contrast");
        }
    }

    /** Runs a statement ten times on one connection; how many server-side prepared statements hold it then. */
    private static long serverPrepared(Connection c, boolean forValues) throws SQLException {
        String marker = "prepared_" + forValues;
        String sql = "select count(*) as " + marker + " from claim where match_doc @@ ?::tsquery";
        for (int i = 0; i < 10; i++) {
            List<String> params = List.of("'home' & 'price'");
            try (PreparedStatement st = forValues ? Sql.prepareForValues(c, sql, params) : Sql.prepare(c, sql, params);
                 ResultSet rs = st.executeQuery()) {
                rs.next();
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "select count(*) from pg_prepared_statements where statement like ?")) {
            st.setString(1, "%" + marker + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private interface Rule {
        boolean matches(List<String> held);
    }

    private static long count(List<String> held, List<String> terms) {
        return terms.stream().filter(held::contains).count();
    }

    /** Every subset of the vocabulary as a claim's match terms: PostgreSQL's answer must be the rule's. */
    private void assertExactly(String tsquery, Rule rule) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select array_to_tsvector(?::text[]) @@ ?::tsquery")) {
            for (int mask = 0; mask < 1 << VOCABULARY.size(); mask++) {
                List<String> held = new ArrayList<>();
                for (int i = 0; i < VOCABULARY.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        held.add(VOCABULARY.get(i));
                    }
                }
                Array terms = c.createArrayOf("text", held.toArray());
                st.setArray(1, terms);
                st.setString(2, tsquery);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(rule.matches(held), rs.getBoolean(1), "claim terms " + held + ", query " + tsquery);
                }
            }
        }
    }
}
