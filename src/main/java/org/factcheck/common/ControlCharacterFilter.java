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
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.stream().map(e -> "query parameter '" + e.field() + "' " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
    }
}
