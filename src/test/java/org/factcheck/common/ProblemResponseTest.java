package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error is application/problem+json with a detail a client can act on and no Java internals. */
@QuarkusTest
class ProblemResponseTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Test
    void reportsATruncatedBodyAsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"metric\": \"Police officers (FTE)\", \"pla")
                .when().post(EVIDENCE)
                .then().spec(problem(400, "malformed-json"))
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("the body is not valid JSON at line 1"))
                .body("instance", equalTo(EVIDENCE))
                .header("Cache-Control", "no-store");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "value              | '\"thirty thousand\"' | a number",
        "periodStart        | '\"27/03/2011\"'      | a date (YYYY-MM-DD)",
        "source.publishedOn | '\"soon\"'            | a date (YYYY-MM-DD)"})
    void namesTheFieldOfAValueOfTheWrongType(String field, String json, String expected) {
        String body = switch (field) {
            case "source.publishedOn" -> "{\"metric\": \"m\", \"source\": {\"title\": \"t\", \"publisher\": \"p\", "
                    + "\"publishedOn\": " + json + "}}";
            default -> "{\"metric\": \"m\", \"" + field + "\": " + json + "}";
        };

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("as " + expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "[{\"metric\": \"Police officers (FTE)\"}]",
        "\"Police officers (FTE)\"",
        "{\"metric\": {\"name\": \"Police officers (FTE)\"}}",
        "{\"metric\": [\"Police officers (FTE)\"]}",
        "{\"metric\": \"m\", \"source\": \"Home Office\"}"})
    void answersABodyOfTheWrongShapeWithAProblem(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("detail", not(containsString("org.factcheck")))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("JsonToken")));
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongShape() {
        given().contentType(ContentType.JSON).body("{\"metric\": {\"name\": \"Police officers (FTE)\"}}")
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("metric"))
                .body("errors[0].message", equalTo("must be a text"));
        given().contentType(ContentType.JSON).body("[]")
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("detail", equalTo("the body must be a JSON object"));
    }

    @Test
    void refusesAFieldTheRequestDoesNotHave() {
        Map<String, Object> body = evidence(unique("Police officers (FTE)"));
        body.put("colour", "blue");

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("detail", equalTo("unknown field 'colour'"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("is not a field of this request"));
    }

    @Test
    void refusesAnUnknownFieldInsideTheSource() {
        Map<String, Object> body = evidence(unique("Police officers (FTE)"));
        body.put("source", Map.of("title", "t", "publisher", "p", "edition", "second"));

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("source.edition"));
    }

    @Test
    void refusesAnEmptyBody() {
        given().contentType(ContentType.JSON)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"));
    }

    @Test
    void answers404ForAPathThatServesNothing() {
        given().when().get("/api/v1/claims-that-do-not-exist")
                .then().spec(problem(404, "not-found"))
                .body("detail", equalTo("nothing is served at /api/v1/claims-that-do-not-exist"))
                .body("errors", nullValue());
    }

    @Test
    void answers405ForAMethodThePathDoesNotServe() {
        given().contentType(ContentType.JSON).body("{}")
                .when().patch(EVIDENCE + "/1")
                .then().spec(problem(405, "method-not-allowed"))
                .body("detail", containsString("/q/openapi"))
                .body("detail", not(containsString("Allow header")));
    }

    @Test
    void answers406WhenOnlyCsvIsAcceptable() {
        given().accept("text/csv")
                .when().get(EVIDENCE)
                .then().spec(problem(406, "not-acceptable"));
    }

    @Test
    void answers415ForABodyThatIsNotJson() {
        given().contentType("text/plain").body("Police officers (FTE): 30871")
                .when().post(EVIDENCE)
                .then().spec(problem(415, "unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"size, twenty", "page, first", "from, yesterday", "to, 2011-13-45"})
    void answers400ForAQueryParameterThatCannotBeRead(String param, String value) {
        given().queryParam(param, value)
                .when().get(EVIDENCE)
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("parameter"))
                .body("detail", containsString(value));
    }

    @Test
    void answers400ForAnIdThatIsNotANumber() {
        given().when().get(EVIDENCE + "/barnet")
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("barnet"));
    }
}
