package org.factcheck.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing, in a stable order, with the total count. */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Number of items matching the query, over all pages", example = "33") long totalItems,
        @Schema(description = "Number of pages", example = "2") long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest page, long total) {
        long pages = total == 0 ? 0 : (total + page.size() - 1) / page.size();
        return new PageResponse<>(items, page.page(), page.size(), total, pages);
    }
}
