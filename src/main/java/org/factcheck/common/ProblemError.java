package org.factcheck.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad field (or, for imports, one bad row) of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError")
public record ProblemError(
        @Schema(description = "The field (JSON property or CSV column) that is wrong", example = "unit")
        String field,
        @Schema(description = "Why it is wrong", example = "unknown unit 'pounds'; use GBP")
        String message,
        @Schema(description = "For imports: the line of the file where the bad record starts (1 = header line of a CSV)",
                example = "17")
        Long line) {

    public static ProblemError field(String field, String message) {
        return new ProblemError(field, message, null);
    }

    public static ProblemError atLine(long line, String field, String message) {
        return new ProblemError(field, message, line);
    }
}
