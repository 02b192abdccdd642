package org.factcheck.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference naming the problem type", example = "https://factcheck.dev/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status", example = "422")
        int status,
        @Schema(description = "What went wrong in this request, in plain English",
                example = "unit 'GBP_per_person' is not in the unit vocabulary")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/evidence")
        String instance,
        @Schema(description = "One entry per bad field or bad import row")
        List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://factcheck.dev/problems/";
}
