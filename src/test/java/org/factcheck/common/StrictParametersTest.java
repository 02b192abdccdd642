package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parameters an operation does not declare, or declares otherwise, are refused by name, not ignored. */
@QuarkusTest
class StrictParametersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/claims?stauts=DRAFT              | stauts
            /api/v1/evidence?q=rent&qq=rent          | qq
            /api/v1/claims/similar?text=rent&limit=5&page=2 | page
            /api/v1/places?q=Barnet&_=1764150000     | _
            """)
    void refusesAQueryParameterTheOperationDoesNotTake(String url, String field) {
        given().when().get(url)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString("unknown query parameter '" + field + "'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/evidence?q=rent&q=population     | q
            /api/v1/claims?status=DRAFT&status=PUBLISHED | status
            /api/v1/places?size=5&size=500           | size
            """)
    void refusesASingleValuedParameterGivenTwice(String url, String field) {
        given().when().get(url)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString("was given 2 times"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/claims?page=                       | page   | is empty
            /api/v1/places?size=%2B5                   | size   | +5' must be written as a plain number
            /api/v1/claims/similar?text=rent&limit=007 | limit  | 007' must be written as a plain number
            /api/v1/claims?stale=                      | stale  | is empty
            """)
    void refusesAnEmptyOrOddlyWrittenNumber(String url, String field, String detail) {
        given().urlEncodingEnabled(false).when().get(url)
                .then().spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString(detail));
    }

    @Test
    void refusesMatrixParameters() {
        given().urlEncodingEnabled(false).when().get("/api/v1/evidence/1;x=y")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("path"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/evidence/007", "/api/v1/claims/+1", "/api/v1/places/00"})
    void refusesIdsWithASignOrLeadingZeros(String url) {
        given().urlEncodingEnabled(false).when().get(url)
                .then().spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void answersTheParametersItDeclares() {
        given().queryParam("q", "rent").queryParam("page", 0).queryParam("size", 5).when().get("/api/v1/evidence")
                .then().statusCode(200);
        given().queryParam("status", "DRAFT").when().get("/api/v1/claims").then().statusCode(200);
        given().when().get("/api/v1/places/0").then().statusCode(404);
    }
}
