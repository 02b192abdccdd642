package org.factcheck.claim.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Filters of the claim listing; null means "any". {@code rating} is the verdict's rating when there is a verdict,
 * else the newest assessment's; {@code status} is the verdict's status or {@code UNREVIEWED}.
 */
public record ClaimFilter(String q, String rating, String status, String speaker, String place, String tag,
        LocalDate from, LocalDate to, OffsetDateTime updatedSince, Boolean stale) {
}
