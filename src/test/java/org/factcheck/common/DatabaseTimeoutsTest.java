package org.factcheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The timeouts of application.properties reach PostgreSQL, and a statement cut off by one is a 503. */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givesEveryConnectionTheStatementTimeout() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_setting('statement_timeout')")) {
            rs.next();
            assertEquals("30s", rs.getString(1));
            assertEquals(60_000, c.getNetworkTimeout(), "socketTimeout, milliseconds");
        }
    }

    @Test
    void answersAStatementCutOffByTheTimeoutWith503() throws SQLException {
        SQLException cancelled;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set statement_timeout = '50ms'");
            cancelled = assertThrows(SQLException.class, () -> st.execute("select pg_sleep(2)"));
            st.execute("reset statement_timeout");
        }

        assertEquals("57014", cancelled.getSQLState());
        Response answer = new ProblemMapper().unexpected(new IllegalStateException("query failed", cancelled), null);
        assertEquals(503, answer.getStatus());
        assertEquals(DatabaseFailures.Kind.TIMEOUT, DatabaseFailures.find(cancelled).orElseThrow().kind());
    }
}
