package org.factcheck.check.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckRequest", description = "One claim to check, with what is known of where it was made")
public record CheckRequest(
        @NotBlank @Size(max = 2000)
        @Schema(required = true, description = "The claim, as said or written",
                example = "Barnet has the highest proportion of Jewish residents of any English borough")
        String text,
        @Valid
        @Schema(description = "Who said it, when and where; statedOn anchors 'last year' and claims with no period")
        Context context) {

    @Schema(name = "CheckContext")
    public record Context(
            @Size(max = 300)
            @Schema(example = "Conservative group, Barnet council") String speaker,
            @Schema(description = "When the claim was made", example = "2018-04-14") LocalDate statedOn,
            @Size(max = 200)
            @Schema(description = "The place the claim is about or was made in; resolves 'the capital' and "
                    + "peer groups", example = "London") String place,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(description = "Where the claim appeared", example = "https://www.times-series.co.uk/news/")
            String url) {
    }
}
