package org.factcheck.engine;

import java.time.LocalDate;

/**
 * Who said a claim, when and where. Every field may be null.
 *
 * @param speaker  who made the claim
 * @param statedOn when it was made; relative periods ("last year", "since 2010", "two years") are read from it
 * @param place    where it was made or what it is about (a name or alias, e.g. "London"); lets "the capital" resolve
 * @param url      where it was published
 */
public record ClaimContext(String speaker, LocalDate statedOn, String place, String url) {

    /** A context with nothing known. */
    public static ClaimContext empty() {
        return new ClaimContext(null, null, null, null);
    }
}
