package org.factcheck.common;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validator checks that documented required headers are sent, not that sent headers are documented. This fails an
 * answer that carries one of the service's own headers (ETag, Location, rate limits...) that its status does not
 * document, so that a client reading the document knows every header it can rely on.
 */
final class UndocumentedHeaders implements CustomResponseValidator {

    /** The headers the service sets itself; the server's own (Content-Length, Date...) are not the contract's. */
    static final List<String> WATCHED = List.of("ETag", "Location", "Idempotent-Replayed", "Retry-After",
            "RateLimit", "RateLimit-Policy");

    private final Map<String, ApiResponse> components;

    UndocumentedHeaders(String document) {
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        this.components = api.getComponents() == null || api.getComponents().getResponses() == null ? Map.of()
                : api.getComponents().getResponses();
    }

    @Override
    public ValidationReport validate(Response response, ApiOperation operation) {
        if (operation.getOperation().getResponses() == null) {
            return ValidationReport.empty();
        }
        ApiResponse documented = operation.getOperation().getResponses().get(Integer.toString(response.getStatus()));
        if (documented == null) {
            return ValidationReport.empty(); // an undocumented status is reported by the validator itself
        }
        if (documented.get$ref() != null) {
            documented = components.get(documented.get$ref().substring(documented.get$ref().lastIndexOf('/') + 1));
        }
        Map<String, ?> headers = documented == null || documented.getHeaders() == null ? Map.of()
                : documented.getHeaders();
        List<Message> undocumented = WATCHED.stream()
                .filter(name -> !response.getHeaderValues(name).isEmpty())
                .filter(name -> headers.keySet().stream().noneMatch(name::equalsIgnoreCase))
                .map(name -> Message.create("validation.response.header.undocumented", "Header '" + name
                        + "' is sent with status " + response.getStatus() + " but not documented for it").build()
                        .withLevel(Level.ERROR))
                .filter(Objects::nonNull)
                .toList();
        return ValidationReport.from(undocumented);
    }
}
