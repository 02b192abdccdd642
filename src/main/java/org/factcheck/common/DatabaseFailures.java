package org.factcheck.common;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot be reached (or cannot answer in time) from a bug. Only the first is worth a retry and
 * becomes a 503 with {@code Retry-After} in {@link ProblemMapper}; everything else (bad SQL, a missing column, a
 * constraint) stays a 4xx or a logged 500.
 * <p>
 * Unavailable means, anywhere among the causes, suppressed and chained exceptions:
 * <ul>
 * <li>an {@link SQLException} with SQLState class {@code 08} (connection exception: refused, broken, reset);</li>
 * <li>SQLState {@code 57P01} admin shutdown (also sent for {@code pg_ctl stop -m immediate}), {@code 57P02} crash
 * shutdown, {@code 57P03} cannot connect now (starting up or recovering), {@code 53300} too many connections;</li>
 * <li>SQLState {@code 57014} query cancelled: the statement timeout;</li>
 * <li>Agroal's pool acquisition timeout (an SQLException without SQLState, thrown by {@code io.agroal});</li>
 * <li>Hibernate's {@code JDBCConnectionException}, whatever its SQLState.</li>
 * </ul>
 */
public final class DatabaseFailures {

    /** Why the database could not serve the request. */
    public enum Kind {
        /** Not reachable, shutting down, starting up or out of connections. */
        UNREACHABLE,
        /** The pool had no free connection within the acquisition timeout. */
        POOL_EXHAUSTED,
        /** A statement ran past the statement timeout. */
        TIMEOUT
    }

    /** What was found: the kind, and the SQLState and message of the exception that showed it (for the log). */
    public record Failure(Kind kind, String sqlState, String message) {
    }

    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String QUERY_CANCELED = "57014";
    private static final String HIBERNATE_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseFailures() {
    }

    /**
     * The database failure anywhere in {@code error}'s exception graph, if there is one: its causes, the exceptions
     * suppressed along the way and the chained {@link SQLException#getNextException() next exceptions}. A failed
     * commit reaches us as Narayana's {@code RollbackException} whose only link to the broken connection is a
     * suppressed {@code XAException} caused by the driver's I/O error, so causes alone are not enough.
     */
    public static Optional<Failure> find(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        boolean connectionException = false;
        if (error != null) {
            pending.add(error);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            connectionException |= HIBERNATE_CONNECTION_EXCEPTION.equals(t.getClass().getName());
            if (t instanceof SQLException sql) {
                Optional<Failure> failure = classify(sql);
                if (failure.isPresent()) {
                    return failure;
                }
                addIfPresent(pending, sql.getNextException());
            }
            addIfPresent(pending, t.getCause());
            for (Throwable suppressed : t.getSuppressed()) {
                addIfPresent(pending, suppressed);
            }
        }
        return connectionException ? Optional.of(new Failure(Kind.UNREACHABLE, null, firstLine(error.getMessage())))
                : Optional.empty();
    }

    private static void addIfPresent(Deque<Throwable> pending, Throwable t) {
        if (t != null) {
            pending.addLast(t);
        }
    }

    private static Optional<Failure> classify(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            if (state.startsWith("08") || UNREACHABLE_STATES.contains(state)) {
                return Optional.of(new Failure(Kind.UNREACHABLE, state, firstLine(e.getMessage())));
            }
            if (QUERY_CANCELED.equals(state)) {
                return Optional.of(new Failure(Kind.TIMEOUT, state, firstLine(e.getMessage())));
            }
            return Optional.empty();
        }
        if (isAgroalAcquisitionTimeout(e)) {
            return Optional.of(new Failure(Kind.POOL_EXHAUSTED, null, firstLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /** "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection", thrown by the pool. */
    private static boolean isAgroalAcquisitionTimeout(SQLException e) {
        String message = e.getMessage();
        if (message == null || !message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
            return false;
        }
        StackTraceElement[] stack = e.getStackTrace();
        return stack.length == 0 || stack[0].getClassName().startsWith("io.agroal.");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
