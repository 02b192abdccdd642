package org.factcheck.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter value over {@link #MAX_LENGTH} characters with a 400 problem, before any resource reads
 * it: search words, names and dates are short, and the OpenAPI document promises this bound on every text parameter.
 */
public class QueryLimitFilter {

    /** The longest query parameter value accepted. */
    public static final int MAX_LENGTH = 1000;

    @ServerRequestFilter(preMatching = true)
    public void limitQueryValues(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_LENGTH) {
                    String message = "must be at most " + MAX_LENGTH + " characters, was " + value.length();
                    throw ApiException.badRequest("query parameter '" + abbreviate(parameter.getKey()) + "' "
                            + message, List.of(ProblemError.field(abbreviate(parameter.getKey()), message)));
                }
            }
        }
    }

    private static String abbreviate(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "..." : name;
    }
}
