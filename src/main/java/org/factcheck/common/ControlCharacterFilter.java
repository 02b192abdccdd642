package org.factcheck.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters that hold control characters, with a 400 naming each: PostgreSQL cannot take U+0000
 * ({@code ?q=a%00b} was a 500) and no search or filter needs the others. Texts in JSON bodies follow the same rule
 * through {@link JsonSettings}; headers with control characters never get this far (the HTTP layer refuses them).
 * Numbers in the path or a query parameter written in digits other than 0-9 are refused too (Java would read them).
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        List<ProblemError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = param.getKey().replaceAll("\\p{Cntrl}", "?");
            List<String> checked = new ArrayList<>(param.getValue());
            checked.add(param.getKey());
            for (String value : checked) {
                int at = value == null ? -1 : JsonSettings.forbiddenControl(value);
                if (at >= 0) {
                    errors.add(ProblemError.field(name, String.format(
                            "must not contain control characters (U+%04X at position %d)", (int) value.charAt(at), at)));
                    break;
                }
            }
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            if (param.getValue().stream().anyMatch(ControlCharacterFilter::numberInOtherDigits)) {
                errors.add(ProblemError.field(param.getKey(), "must be written with the digits 0-9"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.stream().map(e -> "query parameter '" + e.field() + "' " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        for (String segment : request.getUriInfo().getPath().split("/")) {
            if (segment.chars().anyMatch(ControlCharacterFilter::otherDigit)) {
                throw ApiException.badRequest("the path '" + request.getUriInfo().getPath() + "' holds digits other "
                        + "than 0-9", List.of(ProblemError.field("path", "must be written with the digits 0-9")));
            }
        }
    }

    /**
     * A number written in digits other than 0-9 ("１２", fullwidth): Java's number parsing reads it as 12, so an id or a
     * page size given that way would be taken at face value although the OpenAPI document allows only 0-9.
     */
    static boolean numberInOtherDigits(String value) {
        return value != null && !value.isEmpty() && value.chars().anyMatch(ControlCharacterFilter::otherDigit)
                && value.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '+');
    }

    private static boolean otherDigit(int c) {
        return Character.isDigit(c) && (c < '0' || c > '9');
    }
}
