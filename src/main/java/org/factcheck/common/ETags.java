package org.factcheck.common;

import java.util.List;

/** Reading the version out of an {@code If-Match} header (the ETags this service sends are {@code "<version>"}). */
public final class ETags {

    private ETags() {
    }

    /**
     * The version named by {@code If-Match}, or null when the header is absent, blank or {@code *}; anything else
     * that is not one of our ETags is a 400 naming the header.
     *
     * @param what    what the ETag belongs to, for the message ("record", "claim")
     * @param example an ETag to show, e.g. {@code "3"}
     */
    public static Integer version(String ifMatch, String what, String example) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match must be an ETag from a read of this " + what + ", like \""
                    + example + "\"",
                    List.of(ProblemError.field("If-Match", "'" + ifMatch + "' is not an ETag of this service")));
        }
    }
}
