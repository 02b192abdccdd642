package org.factcheck.evidence.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.source.rest.SourceRequest;

@Schema(name = "EvidenceRequest", description = "One statistic with its provenance. Give the place by name (or alias), "
        + "by ONS code, or both (they must agree); give the source inline or as the id of a stored source.")
public record EvidenceRequest(
        @NotBlank @Size(max = 300)
        @Schema(required = true, description = "What the number counts or measures", example = "Police officers (FTE)")
        String metric,
        @Size(max = 200)
        @Schema(description = "Place name or alias; unknown places are added to the gazetteer with kind unknown",
                example = "Metropolitan Police")
        String place,
        @Size(max = 20)
        @Schema(description = "ONS GSS code of the place", example = "E23000001")
        String placeCode,
        @NotNull
        @Schema(required = true, description = "First day the figure covers (a snapshot has start = end)",
                example = "2017-09-30")
        LocalDate periodStart,
        @NotNull
        @Schema(required = true, description = "Last day the figure covers", example = "2017-09-30")
        LocalDate periodEnd,
        @Size(max = 100)
        @Schema(description = "The source's own label for the period", example = "30 September 2017")
        String periodLabel,
        @NotNull @DecimalMin("-1e15") @DecimalMax("1e15")
        @Schema(required = true, description = "The figure, unrounded, in the unit given", example = "30871.22")
        BigDecimal value,
        @NotBlank @Size(max = 60)
        @Schema(required = true, description = "count, percent, percentage_points, years, ratio, index, a physical "
                + "unit or an ISO 4217 code, optionally with _per_head or _per_1000_people", example = "count")
        String unit,
        @Valid
        @Schema(description = "The source, inline (identical sources are stored once)")
        SourceRequest source,
        @Schema(description = "Or: the id of a stored source", example = "7")
        Long sourceId,
        @Size(max = 10000)
        @Schema(description = "The sentence or table cell in the source that states the figure",
                example = "Table 1: Police officers by police force area ... | row Metropolitan Police | column Sep-17: 30,871")
        String quote,
        @Size(max = 10000)
        @Schema(description = "Caveats", example = "FTE; excludes secondments to central services")
        String notes) {
}
