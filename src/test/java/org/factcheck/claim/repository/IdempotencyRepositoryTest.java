package org.factcheck.claim.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The key's claim commits without waiting for the disk, and only its own transaction does. */
@QuarkusTest
class IdempotencyRepositoryTest {

    @Inject
    IdempotencyRepository keys;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void claimsAKeyOnceWithoutChangingTheConnectionsCommits() throws SQLException {
        // the test cluster's default is off (a throw-away cluster): this connection's session waits for the disk
        int pid;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set synchronous_commit = on");
            pid = integer(st, "select pg_backend_pid()");
        }
        try {
            String key = "repository-test-" + UUID.randomUUID();
            assertTrue(keys.claim("repository-test", key, "hash", 120));
            assertFalse(keys.claim("repository-test", key, "hash", 120), "a second claim finds the key taken");
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select pg_backend_pid(), current_setting('synchronous_commit')")) {
                rs.next();
                assumeTrue(rs.getInt(1) == pid, "the pool handed this thread another connection");
                assertEquals("on", rs.getString(2), "the claim's setting ended with its own transaction");
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("reset synchronous_commit");
            }
        }
    }

    private static int integer(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void refusesToClaimInsideATransactionWhoseCommitItWouldMakeAsynchronous() {
        String key = "repository-test-" + UUID.randomUUID();
        assertThrows(TransactionalException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> keys.claim("repository-test", key, "hash", 120)));
        assertTrue(keys.claim("repository-test", key, "hash", 120), "nothing was stored by the refused claim");
    }
}
