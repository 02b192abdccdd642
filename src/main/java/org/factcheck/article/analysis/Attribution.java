package org.factcheck.article.analysis;

import java.util.List;

/**
 * How a sentence attributes what it says.
 *
 * @param speaker  who is named as saying it; null when the attribution names only data ("new figures show")
 * @param verb     the reporting verb or phrase ("said", "according to")
 * @param kind     the construction
 * @param contents the [start, end) spans of the plain text that carry the attributed claim; for the quote kinds,
 *                 empty: the quotation carries it
 * @param adding   a further claim by the same speaker (", adding that ..."), or null
 * @param prefix   a clause before the attribution that the article asserts itself ("X happened, and critics
 *                 say ..."), or null
 */
public record Attribution(Mention speaker, String verb, Kind kind, List<int[]> contents, int[] adding, int[] prefix) {

    /** The constructions attribution is found in. */
    public enum Kind {
        /** "“...,” he said." */
        QUOTE_AFTER,
        /** "He said: “...”" */
        QUOTE_BEFORE,
        /** "Mr Khan said cuts were causing reductions." */
        INDIRECT,
        /** "Funding has fallen by 30 per cent, the watchdog said." */
        FINAL,
        /** "According to the council, ..." or "..., according to Home Office figures." */
        ACCORDING_TO,
        /** "claims from the Conservatives that ..." */
        CLAIMS_FROM
    }

    /** True for the kinds where a quotation carries the claim. */
    public boolean quoted() {
        return kind == Kind.QUOTE_AFTER || kind == Kind.QUOTE_BEFORE;
    }
}
