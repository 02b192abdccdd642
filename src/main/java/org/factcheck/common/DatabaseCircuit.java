package org.factcheck.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Fails fast while the database is known to be unreachable. Once a request could not even open a connection
 * (refused, unreachable, starting up, out of connections), API requests are answered 503 at once instead of each
 * waiting for the pool to try again (about a second per request, up to the acquisition timeout, a thread held all the
 * while). Every {@link #PROBE_EVERY_MILLIS} one request is let through to try the database; the first answer that is
 * not a server error closes the circuit. A connection broken in the middle of a request (57P01, 08006) does not open
 * it: that also happens when an administrator kills one session of a healthy database.
 */
public class DatabaseCircuit {

    static final long PROBE_EVERY_MILLIS = 1_000;
    /** Could not establish a connection: refused or unreachable, rejected, starting up or recovering, too many. */
    private static final Set<String> CANNOT_CONNECT = Set.of("08001", "08004", "57P03", "53300");

    private static volatile boolean open;
    private static long nextProbe;

    /** Opens the circuit when the failure means that no connection can be made at the moment. */
    static synchronized void record(DatabaseFailures.Failure failure) {
        if (failure.kind() == DatabaseFailures.Kind.UNREACHABLE && CANNOT_CONNECT.contains(failure.sqlState())) {
            open = true;
            nextProbe = System.nanoTime() + PROBE_EVERY_MILLIS * 1_000_000;
        }
    }

    /** True when this request may use the database: the circuit is closed, or this request is the next probe. */
    static boolean admit() {
        if (!open) {
            return true;
        }
        synchronized (DatabaseCircuit.class) {
            long now = System.nanoTime();
            if (!open || now - nextProbe >= 0) {
                nextProbe = now + PROBE_EVERY_MILLIS * 1_000_000;
                return true;
            }
            return false;
        }
    }

    static boolean isOpen() {
        return open;
    }

    /** Before authentication (which reads the database too): a 503 without touching the pool while open. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Response failFast(ContainerRequestContext request) {
        return admit() ? null : ProblemMapper.unavailableResponse(DatabaseFailures.Kind.UNREACHABLE,
                request.getUriInfo());
    }

    /** An answer that is not a server error means the database answered: close the circuit. */
    @ServerResponseFilter
    public void closeOnSuccess(ContainerResponseContext response) {
        if (open && response.getStatus() < 500) {
            close();
        }
    }

    static synchronized void close() {
        open = false;
    }
}
