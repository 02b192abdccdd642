package org.factcheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.factcheck.common.DatabaseFailures.Kind;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** A database that cannot be reached is a 503 worth retrying; a bug is not. */
class DatabaseFailuresTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "08001, UNREACHABLE", // connection refused
        "08006, UNREACHABLE", // I/O error: the server went away mid-statement
        "08003, UNREACHABLE", // connection does not exist
        "57P01, UNREACHABLE", // terminating connection due to (immediate) shutdown command
        "57P02, UNREACHABLE", // crash of another server process
        "57P03, UNREACHABLE", // the database system is starting up / in recovery
        "53300, UNREACHABLE", // too many connections
        "57014, TIMEOUT"})    // canceling statement due to statement timeout
    void findsAConnectionFailureByItsSqlState(String state, Kind kind) {
        SQLException cause = new SQLException("server said no", state);

        Optional<DatabaseFailures.Failure> failure = DatabaseFailures.find(
                new IllegalStateException("query failed", cause));

        assertEquals(Optional.of(kind), failure.map(DatabaseFailures.Failure::kind));
        assertEquals(state, failure.get().sqlState());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "42601", // syntax error
        "42703", // undefined column
        "42P01", // undefined table
        "23505", // unique violation
        "23503", // foreign key violation
        "22P02", // invalid text representation
        "40001", // serialization failure
        "XX000"}) // internal error
    void leavesBugsAndDataErrorsAlone(String state) {
        SQLException cause = new SQLException("server said no", state);

        assertFalse(DatabaseFailures.find(new PersistenceException("failed", cause)).isPresent());
        assertFalse(DatabaseFailures.find(new SQLGrammarException("bad sql", cause)).isPresent());
    }

    @Test
    void findsTheFailureThroughHibernateAndTransactionWrappers() {
        SQLException refused = new PSQLException("Connection to localhost:5432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        Exception wrapped = new RuntimeException("commit failed",
                new PersistenceException("could not execute", new GenericJDBCException("Unable to acquire", refused)));

        assertEquals(Kind.UNREACHABLE, DatabaseFailures.find(wrapped).orElseThrow().kind());
    }

    @Test
    void takesHibernatesConnectionExceptionAsUnreachableWhateverItsState() {
        JDBCConnectionException e = new JDBCConnectionException("connection lost", new SQLException("no state"));

        assertEquals(Kind.UNREACHABLE, DatabaseFailures.find(e).orElseThrow().kind());
    }

    @Test
    void findsTheStateOnAChainedSqlException() {
        SQLException batch = new SQLException("batch entry 0 failed");
        batch.setNextException(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE));

        assertEquals(Kind.UNREACHABLE, DatabaseFailures.find(batch).orElseThrow().kind());
    }

    @Test
    void findsTheIoErrorOfAFailedCommitSuppressedUnderTheRollbackException() {
        // what Narayana throws when the connection breaks during commit (seen in DatabaseOutageIT): the driver's
        // error is only reachable as the cause of an XAException suppressed by the RollbackException
        XAException xa = new XAException("Error trying to transactionCommit local transaction: An I/O error");
        xa.initCause(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        DatabaseFailures.Failure failure = DatabaseFailures.find(
                new RuntimeException("Error invoking subclass method", rollback)).orElseThrow();

        assertEquals(Kind.UNREACHABLE, failure.kind());
        assertEquals("08006", failure.sqlState());
    }

    @Test
    void leavesASuppressedBugAlone() {
        RuntimeException bug = new IllegalStateException("bug");
        bug.addSuppressed(new SQLException("syntax error", "42601"));

        assertFalse(DatabaseFailures.find(bug).isPresent());
    }

    @Test
    void takesThePoolsAcquisitionTimeoutAsExhausted() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.agroal.pool.ConnectionPool", "getConnection", "ConnectionPool.java", 300)});

        assertEquals(Kind.POOL_EXHAUSTED,
                DatabaseFailures.find(new GenericJDBCException("Unable to acquire JDBC Connection", timeout))
                        .orElseThrow().kind());
    }

    @Test
    void doesNotTakeAnotherStatelessSqlExceptionForThePool() {
        SQLException ours = new SQLException("acquisition timeout in our own code");

        assertFalse(DatabaseFailures.find(ours).isPresent());
        assertFalse(DatabaseFailures.find(new SQLException("no state at all")).isPresent());
        assertFalse(DatabaseFailures.find(new NullPointerException()).isPresent());
    }

    @Test
    void stopsAtACauseCycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertFalse(DatabaseFailures.find(a).isPresent());
    }

    @Test
    void answersAnUnreachableDatabaseWith503ProblemAndRetryAfter() {
        Response r = new ProblemMapper().unexpected(new IllegalStateException("query failed",
                new SQLException("terminating connection due to immediate shutdown command", "57P01")), null);

        assertEquals(503, r.getStatus());
        assertEquals(String.valueOf(ProblemMapper.RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        Problem body = (Problem) r.getEntity();
        assertEquals(Problem.TYPE_BASE + "service-unavailable", body.type());
        assertTrue(body.detail().startsWith("the database cannot be reached at the moment; retry in 5 seconds"),
                body.detail());
        assertFalse(body.detail().contains("Exception") || body.detail().contains("57P01"), body.detail());
    }

    @Test
    void stillAnswersABugWith500() {
        Response r = new ProblemMapper().unexpected(new IllegalStateException("query failed",
                new SQLException("column \"valu\" does not exist", "42703")), null);

        assertEquals(500, r.getStatus());
        assertEquals(null, r.getHeaderString("Retry-After"));
    }

    @Test
    void opensTheCircuitWhenNoConnectionCanBeMadeAndLetsOneProbeThroughEachSecond() throws InterruptedException {
        DatabaseCircuit.close();
        DatabaseCircuit.record(DatabaseFailures.find(new SQLException("refused", "08001")).orElseThrow());

        assertFalse(DatabaseCircuit.admit());
        Thread.sleep(DatabaseCircuit.PROBE_EVERY_MILLIS + 100);
        assertTrue(DatabaseCircuit.admit(), "the probe");
        assertFalse(DatabaseCircuit.admit(), "others wait for the probe's answer");
        DatabaseCircuit.close();
        assertTrue(DatabaseCircuit.admit());
    }

    @Test
    void keepsTheCircuitClosedForAConnectionBrokenMidRequest() {
        DatabaseCircuit.close();
        DatabaseCircuit.record(DatabaseFailures.find(new SQLException("terminating", "57P01")).orElseThrow());
        DatabaseCircuit.record(DatabaseFailures.find(new SQLException("I/O error", "08006")).orElseThrow());
        DatabaseCircuit.record(DatabaseFailures.find(new SQLException("statement timeout", "57014")).orElseThrow());

        assertTrue(DatabaseCircuit.admit());
        assertFalse(DatabaseCircuit.isOpen());
    }
}
