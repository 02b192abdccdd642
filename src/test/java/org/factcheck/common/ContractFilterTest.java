package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract filter itself: it must fail exchanges that break the document, and only those. */
@QuarkusTest
class ContractFilterTest {

    private static final String PROBLEM = "{\"type\": \"https://factcheck.dev/problems/bad-request\", "
            + "\"title\": \"Bad request\", \"status\": 400, \"detail\": \"size must be a number\"}";

    private static OpenApiInteractionValidator validator;

    @BeforeEach
    void readTheDocument() {
        if (validator == null) {
            validator = ContractFilter.validator(ContractFilter.fetchDocument(RestAssured.baseURI, RestAssured.port));
        }
    }

    @Test
    void failsATestWhoseAnswerHasAnUndocumentedStatus() {
        AssertionError e = assertThrows(AssertionError.class, () -> given()
                .filter(tamper(r -> new ResponseBuilder().clone(r).setStatusCode(418).build()))
                .get("/api/v1/claims/1"));
        assertThat(e.getMessage(), containsString("validation.response.status.unknown"));
    }

    @Test
    void failsATestWhoseAnswerHasAnUndocumentedField() {
        AssertionError e = assertThrows(AssertionError.class, () -> given()
                .filter(tamper(r -> new ResponseBuilder().clone(r)
                        .setBody(r.asString().replaceFirst("\\{", "{\"internalNote\": \"x\", ")).build()))
                .queryParam("size", 1).get("/api/v1/claims"));
        assertThat(e.getMessage(), containsString("internalNote"));
    }

    @Test
    void failsATestWhoseAnswerHasAnUndocumentedContentType() {
        AssertionError e = assertThrows(AssertionError.class, () -> given()
                .filter(tamper(r -> new ResponseBuilder().clone(r).setContentType("text/plain")
                        .setHeaders(new Headers(new Header("Content-Type", "text/plain"))).build()))
                .queryParam("size", 1).get("/api/v1/claims"));
        assertThat(e.getMessage(), containsString("validation.response.contentType.notAllowed"));
    }

    @Test
    void failsATestWhoseAnswerHasAnUndocumentedHeader() {
        AssertionError e = assertThrows(AssertionError.class, () -> given()
                .filter(tamper(r -> new ResponseBuilder().clone(r)
                        .setHeaders(withHeader(r, "Location", "/api/v1/claims/1")).build()))
                .queryParam("size", 1).get("/api/v1/claims"));
        assertThat(e.getMessage(), containsString("validation.response.header.undocumented"));
    }

    @Test
    void passesAnInvalidRequestRefusedWithADocumented4xxProblem() {
        assertThat(ContractFilter.violations(validator, badSize(), problem(400)), empty());
    }

    @Test
    void failsAnInvalidRequestThatTheServiceAccepts() {
        List<String> violations = ContractFilter.violations(validator, badSize(), SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0, \"totalPages\": 0}")
                .build());
        assertThat(violations, hasItem(containsString("the service did not refuse it")));
    }

    @Test
    void failsAnInvalidRequestRefusedWithoutAProblemOrWithAnUndocumentedStatus() {
        List<String> plainJson = ContractFilter.violations(validator, badSize(), SimpleResponse.Builder.status(400)
                .withContentType("application/json").withBody(PROBLEM).build());
        assertThat(plainJson, hasItem(containsString("the service did not refuse it")));
        List<String> teapot = ContractFilter.violations(validator, badSize(), problem(418));
        assertThat(teapot, hasItem(containsString("validation.response.status.unknown")));
    }

    @Test
    void failsARequestWithAnUndocumentedQueryParameterThatIsAccepted() {
        Request request = SimpleRequest.Builder.get("/api/v1/claims/1").withQueryParam("debug", "true")
                .withAuthorization("Bearer key").build();
        List<String> violations = ContractFilter.violations(validator, request, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody("{}").build());
        assertThat(violations, hasItem(containsString("validation.request.parameter.query.unexpected")));
    }

    private static Request badSize() {
        return SimpleRequest.Builder.get("/api/v1/claims").withQueryParam("size", "twenty")
                .withAuthorization("Bearer key").build();
    }

    private static com.atlassian.oai.validator.model.Response problem(int status) {
        return SimpleResponse.Builder.status(status).withContentType(Problem.MEDIA_TYPE)
                .withBody(PROBLEM.replace("400", Integer.toString(status))).build();
    }

    private static Headers withHeader(Response r, String name, String value) {
        List<Header> headers = new ArrayList<>(r.getHeaders().asList());
        headers.add(new Header(name, value));
        return new Headers(headers);
    }

    /** Changes the real answer after the service gave it and before the contract filter (installed first) sees it. */
    private static Filter tamper(UnaryOperator<Response> change) {
        return (request, response, context) -> change.apply(context.next(request, response));
    }
}
