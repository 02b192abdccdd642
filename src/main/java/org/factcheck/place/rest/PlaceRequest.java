package org.factcheck.place.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlaceRequest", description = "A place to add to the gazetteer")
public record PlaceRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name as used in evidence and claims", example = "Barnet", required = true)
        String name,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9]+", message = "must be letters and digits, like E09000003")
        @Schema(description = "ONS GSS code", example = "E09000003")
        String code,
        @Size(max = 40)
        @Schema(description = "Kind of place: unknown, country, region, borough, city, local_authority, police_force, "
                + "ward or other; case, spaces and hyphens do not matter ('Local authority' is local_authority), "
                + "anything else is 422", example = "borough", pattern = "^[A-Za-z _-]+$")
        String kind,
        @Size(max = 200)
        @Schema(description = "Name (or code) of the parent place, which must exist", example = "London")
        String parent,
        @Size(max = 20)
        @Schema(description = "Other names for the place", example = "[\"London Borough of Barnet\"]")
        List<@NotBlank @Size(max = 200) String> aliases) {
}
