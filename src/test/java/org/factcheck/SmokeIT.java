package org.factcheck;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.BARNET_JEWISH_SHARE;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.JEWISH_SHARE;
import static org.factcheck.TestData.csv;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.importCsv;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.factcheck.apikey.AdminKeyCallback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged application (prod profile, fresh embedded PostgreSQL, demo data loaded at first start). */
@QuarkusIntegrationTest
@WithTestResource(FreshDataDirectory.class)
class SmokeIT {

    @BeforeAll
    static void sendTheAdminKey() {
        AdminKeyCallback.sendAdminKey();
    }

    @Test
    void isReadyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void servesTheOpenApiDocument() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("factcheck API"))
                .body("paths", hasKey("/api/v1/evidence/import"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void findsTheDemoEvidenceLoadedAtFirstStart() {
        given().queryParam("q", "Barnet Jewish population share")
                .when().get("/api/v1/evidence")
                .then().statusCode(200)
                .body("items[0].metric", equalTo(JEWISH_SHARE))
                .body("items[0].place.name", equalTo(BARNET))
                .body("items[0].value", equalTo(BARNET_JEWISH_SHARE));
    }

    @Test
    void importsACsvFileAndFindsItsRecords() {
        String word = uniqueWord();
        String parish = "Upper " + word + ", parish";

        importCsv(csv(CSV_HEADER, csvRow("Households " + word, parish, "", "1000", "count", "q"),
                csvRow("Dwellings " + word, "1042")))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("placesCreated", equalTo(1));

        given().queryParam("q", word).when().get("/api/v1/evidence")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void answersErrorsAsProblemJson() {
        given().when().get("/api/v1/evidence/999999999").then().spec(problem(404, "not-found"));
    }
}
