package org.factcheck.claim.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
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

/** The listing's count against PostgreSQL: the same number whichever way it is read. */
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

    private long plainCount(String column, String value) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select least(count(*), ?) from claim where " + column + " = ?")) {
            st.setInt(1, PageResponse.COUNT_LIMIT + 1);
            st.setString(2, value);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
