package org.factcheck.claim.repository;

import java.time.LocalDate;
import org.factcheck.claim.repository.ClaimRow.VerdictRow;

/** A stored claim as a match shows it: the newest automatic rating, and the verdict only when it is published. */
public record MatchedRow(long id, String text, String speaker, LocalDate statedOn, String automaticRating,
        VerdictRow publishedVerdict) {
}
