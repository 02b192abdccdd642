package org.factcheck.common;

import java.util.List;

/** Validated paging parameters: page >= 0, 1 <= size <= the configured maximum. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_OFFSET = 1_000_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.badRequest("page must be 0 or more",
                    List.of(ProblemError.field("page", "must be 0 or more, was " + p)));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size must be between 1 and " + MAX_SIZE,
                    List.of(ProblemError.field("size", "must be between 1 and " + MAX_SIZE + ", was " + s)));
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ApiException.badRequest("page * size must not exceed " + MAX_OFFSET + "; narrow the query instead",
                    List.of(ProblemError.field("page", "too deep: page * size > " + MAX_OFFSET)));
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
