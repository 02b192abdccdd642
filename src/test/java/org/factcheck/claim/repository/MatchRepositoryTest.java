package org.factcheck.claim.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * exactly the claims the matcher's rule names (every required term and one other; without required terms, any two).
 */
@QuarkusTest
class MatchRepositoryTest {

    /** Terms a stored claim may hold: the query's optional terms and two it does not ask for. */
    private static final List<String> VOCABULARY = List.of("rise", "b:london", "decade", "home", "n:700000000",
            "y:2025", "police", "fund");

    private static final List<String> OPTIONAL = VOCABULARY.subList(0, 6);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anyTwoOptionalTermsMatchWithoutRequiredTerms() throws SQLException {
        for (int n = 2; n <= OPTIONAL.size(); n++) {
            List<String> optional = OPTIONAL.subList(0, n);
            assertExactly(MatchRepository.tsquery(List.of(), optional), held -> count(held, optional) >= 2);
        }
    }

    @Test
    void requiredTermsAndOneOptionalTerm() throws SQLException {
        List<String> required = List.of("b:london", "n:700000000");
        List<String> optional = List.of("rise", "decade", "home");
        assertExactly(MatchRepository.tsquery(required, optional),
                held -> held.containsAll(required) && count(held, optional) >= 1);
        assertExactly(MatchRepository.tsquery(required, List.of()), held -> held.containsAll(required));
    }

    @Test
    void oneOptionalTermAlone() throws SQLException {
        assertExactly(MatchRepository.tsquery(List.of(), List.of("home")), held -> held.contains("home"));
        assertEquals("", MatchRepository.tsquery(List.of(), List.of()));
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
