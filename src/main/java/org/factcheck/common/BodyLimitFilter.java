package org.factcheck.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses JSON bodies over {@code factcheck.http.max-json-body} before they are read, with a 413 problem. Bulk
 * imports (CSV, NDJSON) are streamed and only bounded by {@code quarkus.http.limits.max-body-size}.
 */
public class BodyLimitFilter {

    /** Looked up per request: the filter is built before the runtime configuration exists. */
    @Inject
    Instance<FactcheckConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void limitJsonBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (type == null || length == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !"json".equals(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Content-Length '" + length + "' is not a number");
        }
        long limit = config.get().http().maxJsonBody();
        if (bytes > limit) {
            throw ApiException.tooLarge("the JSON body is " + bytes + " bytes; the limit is " + limit);
        }
    }
}
