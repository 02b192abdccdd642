package org.factcheck.evidence.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.common.ProblemError;

@Schema(name = "ImportReport", description = "What a bulk import stored, and (onError=skip) what it left out")
public record ImportReport(
        @Schema(description = "Evidence records stored", example = "1912") long imported,
        @Schema(description = "Bad records left out (onError=skip)", example = "0") long skipped,
        @Schema(description = "Places added to the gazetteer with kind unknown", example = "0") long placesCreated,
        @Schema(description = "New sources stored", example = "5") long sourcesCreated,
        @Schema(description = "The records left out, with line and reason") List<ProblemError> errors) {
}
