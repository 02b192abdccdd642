package org.factcheck.common;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds every RestAssured exchange of the tests to the service's own OpenAPI document (served at /q/openapi): an
 * undocumented status, header, field or content type fails the test that caused it. Installed globally next to the
 * admin key ({@link org.factcheck.apikey.AdminKeyCallback}), so @QuarkusTest and *IT tests are all checked.
 *
 * <p>The rule, because many tests send bad input on purpose:
 * <ul>
 * <li>The answer must always match the document (status, content type, headers, body schema; no undocumented field,
 * since properties the document does not list are refused).</li>
 * <li>A request that breaks the document (a missing or wrong parameter, an undocumented query parameter, a body that
 * fails its schema, no API key where one is required) is fine only if the service refuses it with a 4xx
 * {@code application/problem+json}. If the service accepts it (2xx, 3xx) the document is stricter than the service, and
 * that is a failure too: one of the two is wrong.</li>
 * <li>A request to a path or method the document does not have must be answered 4xx problem+json.</li>
 * </ul>
 * Only {@code /api/} is checked: {@code /q/} (health, metrics, the document itself) is Quarkus' own.
 */
public final class ContractFilter implements Filter {

    private static final String ACCEPTED_BREACH = "the request breaks the contract";

    /** Request errors that mean "no such operation": then there is no documented answer to check against. */
    private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    /** Read from the first application a test calls: the document is built with the code, so it is the same in all. */
    private static volatile OpenApiInteractionValidator shared;

    private ContractFilter() {
    }

    /**
     * Where accepted requests that break the document go instead of failing the test, while a test that sends
     * thousands of generated requests runs ({@link #reportAcceptedBreaches}); null otherwise. Answers are still held
     * to the document in full.
     */
    private static volatile List<String> acceptedBreaches;

    /**
     * Until {@link #failOnAcceptedBreaches}, a request that breaks the document but is accepted is recorded rather
     * than failed: the hostile-input generator reports such leniencies (each a candidate defect) in its output.
     */
    public static List<String> reportAcceptedBreaches() {
        List<String> sink = Collections.synchronizedList(new ArrayList<>());
        acceptedBreaches = sink;
        return sink;
    }

    public static void failOnAcceptedBreaches() {
        acceptedBreaches = null;
    }

    /** The filter installed for all tests. */
    public static ContractFilter global() {
        return new ContractFilter();
    }

    @Override
    public io.restassured.response.Response filter(FilterableRequestSpecification spec,
                                                   FilterableResponseSpecification responseSpec, FilterContext context) {
        io.restassured.response.Response response = context.next(spec, responseSpec);
        Request request = RestAssuredRequest.of(spec);
        if (!request.getPath().startsWith("/api/")) {
            return response;
        }
        List<String> violations = new ArrayList<>(violations(validator(spec), request,
                RestAssuredResponse.of(response)));
        List<String> sink = acceptedBreaches;
        if (sink != null) {
            for (String breach : violations.stream().filter(v -> v.startsWith(ACCEPTED_BREACH)).toList()) {
                sink.add(request.getMethod() + " " + request.getPath() + " answered " + response.getStatusCode()
                        + ": " + breach.substring(ACCEPTED_BREACH.length()).replaceAll("\\s+", " "));
            }
            violations.removeIf(v -> v.startsWith(ACCEPTED_BREACH));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the exchange breaks the OpenAPI contract: " + request.getMethod() + " "
                    + request.getPath() + " answered " + response.getStatusCode() + " "
                    + response.getContentType() + "\n  - " + String.join("\n  - ", violations)
                    + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * What is wrong with one exchange under the rule above; empty when it keeps the contract. Package-visible so that
     * {@link ContractFilterTest} can hold the rule itself to account.
     */
    static List<String> violations(OpenApiInteractionValidator validator, Request request, Response response) {
        List<String> violations = new ArrayList<>();
        List<Message> requestErrors = errors(validator.validateRequest(request));
        boolean refusedAsProblem = response.getStatus() >= 400 && response.getStatus() < 500
                && response.getHeaderValues("Content-Type").stream()
                .anyMatch(type -> type.startsWith(Problem.MEDIA_TYPE));
        if (!requestErrors.isEmpty() && !refusedAsProblem) {
            violations.add(ACCEPTED_BREACH + " (" + describe(requestErrors)
                    + ") but the service did not refuse it with a 4xx " + Problem.MEDIA_TYPE);
        }
        boolean noOperation = requestErrors.stream().anyMatch(m -> NO_OPERATION.contains(m.getKey()));
        if (!noOperation) {
            List<Message> responseErrors = errors(validator.validateResponse(request.getPath(), request.getMethod(),
                    response));
            responseErrors.forEach(m -> violations.add("answer: " + describe(List.of(m))));
        }
        return violations;
    }

    /**
     * A validator for the given document. Undocumented query parameters are errors (the library ignores them by
     * default), and so are the service's own headers where the status does not document them
     * ({@link UndocumentedHeaders}); everything else keeps the library's default level (error).
     */
    static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", Level.ERROR)
                        .build())
                .withWhitelist(exclusions())
                .withCustomResponseValidation(new UndocumentedHeaders(document))
                .build();
    }

    /**
     * What the validator cannot check, each with its reason. Streamed answers (NDJSON, SSE) are many JSON documents in
     * one body, which the validator would read as one: their status, content type and headers are still checked, their
     * bodies by the tests of those endpoints (ArticleStreamTest, ImportNdjsonTest). A body sent with GET, HEAD or
     * DELETE has no meaning in HTTP and the service ignores it, as servers and proxies do: not a breach. The validator
     * reads numeric query values as JSON, which has no leading "+"; in a URL "+0.5" is the number 0.5, as Java reads it.
     */
    private static ValidationErrorsWhitelist exclusions() {
        return ValidationErrorsWhitelist.create()
                .withRule("a number in a query string may carry a leading +",
                        WhitelistRules.messageHasKey("validation.request.parameter.schema.invalidJson")
                                .and((message, operation, request, response) -> message.getMessage()
                                        .contains("numbers to have plus signs")))
                .withRule("a body on GET, HEAD or DELETE is ignored",
                        WhitelistRules.messageHasKey("validation.request.body.unexpected")
                                .and((message, operation, request, response) -> request != null
                                        && Set.of("GET", "HEAD", "DELETE").contains(request.getMethod().name())))
                .withRule("NDJSON and SSE bodies are a stream of JSON documents, not one",
                        WhitelistRules.messageHasKey("validation.schema.invalidJson")
                                .and((message, operation, request, response) -> response != null
                                        && response.getHeaderValues("Content-Type").stream().anyMatch(type ->
                                        type.startsWith("application/x-ndjson")
                                                || type.startsWith("text/event-stream"))));
    }

    private static OpenApiInteractionValidator validator(FilterableRequestSpecification spec) {
        OpenApiInteractionValidator v = shared;
        if (v == null) {
            synchronized (ContractFilter.class) {
                if (shared == null) {
                    shared = validator(fetchDocument(spec.getBaseUri(), spec.getPort()));
                }
                v = shared;
            }
        }
        return v;
    }

    /** The document the running application serves (the same one the build stores in target/openapi). */
    static String fetchDocument(String baseUri, int port) {
        URI base = URI.create(baseUri);
        URI uri = URI.create(base.getScheme() + "://" + base.getHost() + ":" + port + "/q/openapi?format=json");
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + uri, e);
        }
    }

    private static List<Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == Level.ERROR).toList();
    }

    private static String describe(List<Message> messages) {
        return messages.stream().map(m -> m.getKey() + ": " + m.getMessage()
                        + (m.getNestedMessages().isEmpty() ? "" : " [" + describe(m.getNestedMessages()) + "]"))
                .collect(Collectors.joining("; "));
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
