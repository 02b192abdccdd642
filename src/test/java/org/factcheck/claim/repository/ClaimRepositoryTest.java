package org.factcheck.claim.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.common.PageResponse;
import org.junit.jupiter.api.Test;

/** Claims against PostgreSQL: the listing's count, the same number whichever way it is read; the insert. */
@QuarkusTest
class ClaimRepositoryTest {

    @Inject
    ClaimRepository claims;

    @Inject
    AgroalDataSource dataSource;

    private static ClaimFilter status(String status) {
        return new ClaimFilter(null, null, status, null, null, null, null, null, null, null);
    }

    private static ClaimFilter rating(String rating) {
        return new ClaimFilter(null, rating, null, null, null, null, null, null, null, null);
    }

    @Test
    void ordersTheCountOfAStatusOrRatingAsItsIndexesDo() {
        assertTrue(ClaimRepository.countSql(status("DRAFT"), new ArrayList<>()).contains("order by c.id desc"));
        assertTrue(ClaimRepository.countSql(rating("FALSE"), new ArrayList<>()).contains("order by c.id desc"));
        ClaimFilter withWords = new ClaimFilter("police", null, "DRAFT", null, null, null, null, null, null, null);
        assertFalse(ClaimRepository.countSql(withWords, new ArrayList<>()).contains("order by"));
        ClaimFilter withTag = new ClaimFilter(null, "FALSE", null, null, null, "budget", null, null, null, null);
        assertFalse(ClaimRepository.countSql(withTag, new ArrayList<>()).contains("order by"));
    }

    @Test
    void countsWhatAPlainCountFinds() throws SQLException {
        for (String s : List.of("UNREVIEWED", "DRAFT", "PUBLISHED")) {
            assertEquals(plainCount("review_status", s), claims.countUpToLimit(status(s)), s);
        }
        for (String r : List.of("TRUE", "FALSE", "MISLEADING", "NOT_ENOUGH_EVIDENCE")) {
            assertEquals(plainCount("rating", r), claims.countUpToLimit(rating(r)), r);
        }
    }

    @Test
    @TestTransaction
    void insertsAClaimOnceWithItsFirstAssessment() throws SQLException {
        ClaimRepository.Inserted inserted = claims.insert("Barnet had 587 police officers in March 2018", null, null,
                null, null, List.of(), List.of("p:barnet", "n:587"), "repository-test", null,
                new ClaimRepository.FirstAssessment("MISLEADING", 0.7, "{}", List.of()));
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     select c.latest_assessment_id, c.rating, a.claim_id, a.kind, a.rating,
                            (select count(*) from claim where id = c.id)
                     from claim c join assessment a on a.id = c.latest_assessment_id where c.id = ?""")) {
            st.setLong(1, inserted.claimId());
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(inserted.assessmentId(), rs.getLong(1));
                assertEquals("MISLEADING", rs.getString(2), "the rating trigger saw the assessment");
                assertEquals(inserted.claimId(), rs.getLong(3));
                assertEquals("INITIAL", rs.getString(4));
                assertEquals("MISLEADING", rs.getString(5));
                assertEquals(1, rs.getLong(6));
            }
        }
    }

    private long plainCount(String column, String value) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "select least(count(*), ?) from claim where " + column + " = ?")) {
            st.setInt(1, PageResponse.COUNT_LIMIT + 1);
            st.setString(2, value);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
