package org.factcheck.article.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.factcheck.check.rest.CheckRequest;
import org.factcheck.check.service.CheckService;
import org.factcheck.engine.CheckResult;

/**
 * Checks one claim of an article through the engine, in a transaction of its own (so that a streamed check on a
 * worker thread has one), and counts it: {@code factcheck_article_claims_checked_total} in /q/metrics.
 */
@ApplicationScoped
public class ClaimChecker {

    /** The counter of claims checked. */
    public static final String CHECKED = "factcheck.article.claims.checked";

    @Inject
    CheckService checks;

    @Inject
    MeterRegistry registry;

    @Transactional
    public CheckResult check(String text, String speaker, LocalDate statedOn, String place, String url) {
        CheckResult result = checks.check(new CheckRequest(text, new CheckRequest.Context(speaker, statedOn, place,
                url)));
        registry.counter(CHECKED).increment();
        return result;
    }
}
