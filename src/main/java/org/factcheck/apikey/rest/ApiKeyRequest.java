package org.factcheck.apikey.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.apikey.Role;

@Schema(name = "ApiKeyRequest", description = "A new API key: who holds it and what it may do")
public record ApiKeyRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "The person or system holding the key; recorded in the history",
                example = "jane.checker") String owner,
        @NotEmpty @Size(max = 4)
        @Schema(required = true, description = "reader, newsroom, checker, admin", example = "[\"checker\"]")
        List<@NotNull Role> roles) {
}
