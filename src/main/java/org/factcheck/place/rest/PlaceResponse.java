package org.factcheck.place.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Place", description = "A place of the gazetteer")
public record PlaceResponse(
        @Schema(example = "51") long id,
        @Schema(example = "Barnet") String name,
        @Schema(example = "E09000003") String code,
        @Schema(example = "borough") String kind,
        @Schema(example = "1") Long parentId,
        @Schema(example = "London") String parent,
        @Schema(example = "[]") List<String> aliases) {
}
