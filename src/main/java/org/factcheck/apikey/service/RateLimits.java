package org.factcheck.apikey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.factcheck.common.FactcheckConfig;

/** The application's {@link RateLimiter}, with the limits of {@code factcheck.rate-limit.*}. */
@ApplicationScoped
public class RateLimits {

    private final FactcheckConfig.RateLimit config;
    private final RateLimiter limiter;

    @Inject
    public RateLimits(FactcheckConfig config) {
        this.config = config.rateLimit();
        this.limiter = new RateLimiter(this.config.maxKeys(), System::nanoTime);
    }

    /** Takes one request from the bucket of key {@code keyId}; empty when limits are off. */
    public Optional<RateLimiter.Decision> acquire(long keyId, String owner) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return Optional.of(limiter.acquire(Long.toString(keyId), limit(owner)));
    }

    /** The owner's own limit if configured, else the default one. */
    RateLimiter.Limit limit(String owner) {
        FactcheckConfig.RateLimit.Limit own = config.owners().get(owner);
        return own != null ? new RateLimiter.Limit(own.requestsPerSecond(), own.burst())
                : new RateLimiter.Limit(config.requestsPerSecond(), config.burst());
    }
}
