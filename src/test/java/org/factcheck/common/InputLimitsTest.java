package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.problem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The bounds and the nulls that InputLimitsFilter documents hold over HTTP (and, through the contract filter, the
 * document agrees with the service on each).
 */
@QuarkusTest
class InputLimitsTest {

    @Test
    void refusesAQueryParameterOverTheDocumentedLength() {
        given().queryParam("q", "x".repeat(QueryLimitFilter.MAX_LENGTH + 1)).get("/api/v1/evidence")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("q"));
        // q has a tighter limit of its own (500, documented as its maxLength): at that length it is still searched
        given().queryParam("q", "x".repeat(501)).get("/api/v1/evidence")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "police " + "x".repeat(500 - 7)).get("/api/v1/evidence")
                .then().statusCode(200);
    }

    @Test
    void acceptsNullForOptionalRequestFieldsAsTheDocumentSays() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Barnet has the highest proportion of Jewish residents of any English borough\", "
                        + "\"context\": {\"speaker\": null, \"statedOn\": null, \"place\": null, \"url\": null}}")
                .post("/api/v1/checks")
                .then().statusCode(200);
    }

    @Test
    void answersAnIdBelowTheDocumentedMinimumWith404() {
        given().get("/api/v1/evidence/0").then().spec(problem(404, "not-found"));
    }
}
