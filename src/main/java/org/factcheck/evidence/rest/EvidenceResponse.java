package org.factcheck.evidence.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.source.rest.SourceResponse;

@Schema(name = "Evidence", description = "One statistic with its provenance")
public record EvidenceResponse(
        @Schema(example = "1042") long id,
        @Schema(example = "Police officers (FTE)") String metric,
        PlaceRef place,
        @Schema(example = "2017-09-30") LocalDate periodStart,
        @Schema(example = "2017-09-30") LocalDate periodEnd,
        @Schema(example = "30 September 2017") String periodLabel,
        @Schema(example = "30871.22") BigDecimal value,
        @Schema(example = "count") String unit,
        SourceResponse source,
        String quote,
        String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; the ETag of the record", example = "0") int version) {

    @Schema(name = "PlaceRef", description = "The place an evidence record is about")
    public record PlaceRef(
            @Schema(example = "12") long id,
            @Schema(example = "Metropolitan Police") String name,
            @Schema(example = "E23000001") String code,
            @Schema(example = "police_force") String kind) {
    }
}
