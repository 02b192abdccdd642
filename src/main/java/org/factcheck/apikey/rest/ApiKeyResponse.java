package org.factcheck.apikey.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApiKey", description = "An API key; the key itself appears only in the answer that creates it")
public record ApiKeyResponse(
        @Schema(example = "4") long id,
        @Schema(example = "jane.checker") String owner,
        @Schema(example = "[\"checker\"]") List<String> roles,
        @Schema(description = "The first characters of the key", example = "fck_Qm9i") String prefix,
        @Schema(description = "Only when created: store it now, it cannot be shown again",
                example = "fck_Qm9iIGlzIGEgY2hlY2tlciBhdCB0aGUgQmFybmV0IFRpbWVz") String key,
        @Schema(example = "bootstrap-admin") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "When it was revoked; null while it works") OffsetDateTime revokedAt) {
}
