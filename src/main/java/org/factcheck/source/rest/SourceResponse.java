package org.factcheck.source.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A publication that evidence cites")
public record SourceResponse(
        @Schema(example = "7") long id,
        @Schema(example = "Police workforce, England and Wales: 30 September 2017") String title,
        @Schema(example = "Home Office") String publisher,
        @Schema(example = "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/675788/police-workforce-tables-jan17.ods")
        String url,
        @Schema(example = "2018-01-25") LocalDate publishedOn) {
}
