package org.factcheck.source.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceRequest", description = "The publication a statistic comes from")
public record SourceRequest(
        @NotBlank @Size(max = 500)
        @Schema(required = true, example = "Police workforce, England and Wales: 30 September 2017")
        String title,
        @NotBlank @Size(max = 300)
        @Schema(required = true, example = "Home Office")
        String publisher,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/675788/police-workforce-tables-jan17.ods")
        String url,
        @Schema(example = "2018-01-25")
        LocalDate publishedOn) {
}
