package org.factcheck.verdict;

/** Where an editorial verdict stands: only PUBLISHED verdicts appear in ClaimReview. */
public enum VerdictStatus {
    DRAFT, PUBLISHED, RETRACTED
}
