package org.factcheck.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses JSON bodies over {@code factcheck.http.max-json-body} with a 413 problem: at once when Content-Length says
 * so, and as soon as the limit is passed for a body sent without one (chunked). Bulk imports (CSV, NDJSON) are
 * streamed and only bounded by {@code quarkus.http.limits.max-body-size}. A Content-Type that is not a media type at
 * all, or a wildcard, is a 415 here, before anything else tries to read it.
 */
public class BodyLimitFilter {

    private static final Set<String> BODYLESS = Set.of("GET", "HEAD", "DELETE");

    /** Looked up per request: the filter is built before the runtime configuration exists. */
    @Inject
    Instance<FactcheckConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void limitJsonBodies(ContainerRequestContext request) {
        if (BODYLESS.contains(request.getMethod())) {
            // a body on GET, HEAD or DELETE means nothing in HTTP: it is ignored, and so is its Content-Type
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        MediaType type = mediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !"json".equals(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
            return;
        }
        long limit = config.get().http().maxJsonBody();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Content-Length '" + length + "' is not a number");
        }
        if (bytes > limit) {
            throw ApiException.tooLarge("the JSON body is " + bytes + " bytes; the limit is " + limit
                    + " (factcheck.http.max-json-body)");
        }
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.valueOf(header);
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // not a media type at all: refused below
        }
        // a wildcard ("*/*", "application/*") says what a client accepts, never what a body is
        String shown = header.length() > 100 ? header.substring(0, 100) + "..." : header;
        throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                "Content-Type '" + shown + "' is not a media type; send application/json (or text/csv, "
                        + "application/x-ndjson to the import)",
                List.of(ProblemError.field("Content-Type", "is not a media type")));
    }


    /** A body stream that fails with 413 once more than the limit has been read. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException("the JSON body is over " + limit + " bytes; the limit is " + limit
                        + " (factcheck.http.max-json-body)");
            }
        }
    }
}
