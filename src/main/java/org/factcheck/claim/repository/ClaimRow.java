package org.factcheck.claim.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A claim as stored, with its newest assessment and its verdict (null when there is none). */
public record ClaimRow(long id, String text, String speaker, LocalDate statedOn, String appearanceUrl, String place,
        List<String> tags, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long articleId,
        AssessmentRow assessment, VerdictRow verdict, boolean stale) {

    /** One automatic assessment: the engine's answer as JSON text, and the evidence it cited as it was. */
    public record AssessmentRow(long id, String kind, String rating, double confidence, String result,
            String evidence, String assessedBy, OffsetDateTime assessedAt) {
    }

    /** The editorial verdict. */
    public record VerdictRow(String rating, String summary, String explanation, List<Long> evidenceIds,
            String evidence, String status, int version, String updatedBy, OffsetDateTime updatedAt,
            OffsetDateTime firstPublishedAt, OffsetDateTime publishedAt) {
    }
}
