package org.factcheck.place.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AliasRequest", description = "Another name for a place")
public record AliasRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The alias; unique over all names and aliases", example = "the capital", required = true)
        String alias) {
}
