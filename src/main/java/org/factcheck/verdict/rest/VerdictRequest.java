package org.factcheck.verdict.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.engine.Rating;
import org.factcheck.verdict.VerdictStatus;

@Schema(name = "VerdictRequest", description = "The editorial verdict on a claim, replacing the current one")
public record VerdictRequest(
        @NotNull @Schema(required = true, example = "MOSTLY_FALSE") Rating rating,
        @Size(max = 300)
        @Schema(description = "The one-line conclusion; required to publish",
                example = "Barnet has more officers than several outer London boroughs")
        String summary,
        @Size(max = 20000)
        @Schema(description = "The fact-checker's working",
                example = "Home Office figures for 30 September 2017 give Barnet (Metropolitan Police) more officers "
                        + "than Sutton, Kingston upon Thames and Richmond upon Thames.")
        String explanation,
        @Size(max = 100) @Schema(description = "Evidence records the verdict relies on", example = "[1042, 1043]")
        List<@NotNull Long> evidenceIds,
        @NotNull @Schema(required = true, description = "DRAFT, PUBLISHED or RETRACTED", example = "PUBLISHED")
        VerdictStatus status) {

    public List<Long> evidenceIdsOrEmpty() {
        return evidenceIds == null ? List.of() : evidenceIds.stream().distinct().sorted().toList();
    }
}
