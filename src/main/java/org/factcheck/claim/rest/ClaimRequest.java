package org.factcheck.claim.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRequest", description = "A claim to store and assess")
public record ClaimRequest(
        @NotBlank @Size(max = 2000)
        @Schema(required = true, description = "The claim, as said or written",
                example = "Barnet gets fewer police officers than any other London borough")
        String text,
        @Size(max = 300) @Schema(description = "Who made it", example = "Conservative group, Barnet council")
        String speaker,
        @Schema(description = "When it was made; anchors 'last year' for the engine", example = "2018-04-14")
        LocalDate statedOn,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "Where it appeared", example = "https://www.times-series.co.uk/news/16159284/")
        String appearanceUrl,
        @Size(max = 200) @Schema(description = "The place it is about or was made in", example = "London")
        String place,
        @Size(max = 20) @Schema(description = "Free labels for the newsroom", example = "[\"police\", \"barnet\"]")
        List<@NotBlank @Size(max = 60) String> tags) {

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags.stream().map(String::trim).distinct().toList();
    }
}
