package org.factcheck.apikey.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.factcheck.apikey.Caller;
import org.factcheck.apikey.service.RateLimiter;
import org.factcheck.apikey.service.RateLimits;
import org.factcheck.common.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits each API key's requests (after {@link ApiKeyFilter} has authenticated the key): over its token bucket, 429
 * problem+json with {@code Retry-After}. Every answer to a keyed request carries the IETF draft {@code RateLimit} and
 * {@code RateLimit-Policy} headers so that clients can slow down before they are refused. In-memory arithmetic only:
 * safe on the event loop.
 */
public class RateLimitFilter {

    /** The policy's name in the RateLimit headers. */
    public static final String POLICY = "per-key";

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    /** Looked up per request: the filter is built before the runtime configuration exists. */
    @Inject
    Instance<RateLimits> limits;

    @Inject
    Caller caller;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void limit(ContainerRequestContext request) {
        Long key = caller.keyId();
        if (key == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        RateLimiter.Decision decision = limits.get().acquire(key, caller.owner()).orElse(null);
        if (decision == null) {
            return;
        }
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw new ApiException(429, "too-many-requests", "Too Many Requests", "this API key has sent more than "
                    + decision.limit().burst() + " requests in a burst or more than "
                    + decision.limit().ratePerSecond() + " a second; retry in " + decision.retryAfterSeconds()
                    + " s", null);
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(DECISION) instanceof RateLimiter.Decision decision)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("RateLimit-Policy", policy(decision.limit()));
        headers.putSingle("RateLimit", "\"" + POLICY + "\";r=" + decision.remaining() + ";t="
                + decision.resetSeconds());
        if (!decision.allowed()) {
            headers.putSingle(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
    }

    /** {@code "per-key";q=500;w=10}: the bucket's size and the seconds it takes to refill. */
    static String policy(RateLimiter.Limit limit) {
        return "\"" + POLICY + "\";q=" + limit.burst() + ";w=" + limit.windowSeconds();
    }
}
