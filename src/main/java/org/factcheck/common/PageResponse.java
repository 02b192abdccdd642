package org.factcheck.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a listing, in a stable order, with the total count. Listings over the big tables (evidence, claims)
 * stop counting at {@link #COUNT_LIMIT}: a broad filter over a million rows would otherwise cost more to count than
 * to answer ("house price" matches 250,000 synthetic records: counting them all took 190 ms, counting to 10,000
 * 30 ms, to 1,000 about 1 ms). Then {@code totalExact} is false and {@code totalItems} is the limit, a lower bound.
 */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Number of items matching the query, over all pages; a lower bound when totalExact is "
                + "false", example = "33") long totalItems,
        @Schema(description = "Number of pages of totalItems; more may follow when totalExact is false",
                example = "2") long totalPages,
        @Schema(description = TOTAL_EXACT_DESCRIPTION, example = "true") boolean totalExact) {

    /** Where the evidence and claim listings stop counting. */
    public static final int COUNT_LIMIT = 1_000;

    public static final String TOTAL_EXACT_DESCRIPTION = "False when more than " + COUNT_LIMIT + " items match "
            + "(evidence and claim listings only): counting stopped there, so totalItems is a lower bound; page on "
            + "until a page comes back with fewer than size items";

    public static <T> PageResponse<T> of(List<T> items, PageRequest page, long total) {
        return new PageResponse<>(items, page.page(), page.size(), total, pages(total, page), true);
    }

    /**
     * A page whose total was counted by a query that stops after {@code COUNT_LIMIT + 1} rows: {@code counted} above
     * the limit means "more than the limit".
     */
    public static <T> PageResponse<T> ofCountedUpToLimit(List<T> items, PageRequest page, long counted) {
        boolean exact = counted <= COUNT_LIMIT;
        long total = exact ? counted : COUNT_LIMIT;
        return new PageResponse<>(items, page.page(), page.size(), total, pages(total, page), exact);
    }

    private static long pages(long total, PageRequest page) {
        return total == 0 ? 0 : (total + page.size() - 1) / page.size();
    }
}
