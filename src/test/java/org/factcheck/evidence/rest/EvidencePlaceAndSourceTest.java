package org.factcheck.evidence.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARKING_CODE;
import static org.factcheck.TestData.BARNET_CODE;
import static org.factcheck.TestData.MET_POLICE;
import static org.factcheck.TestData.MET_POLICE_CODE;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidencePlaceAndSourceTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Test
    void refusesAPlaceNameAndCodeThatNameDifferentPlaces() {
        Map<String, Object> body = evidence(unique("Population"));
        body.put("placeCode", BARKING_CODE);

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("placeCode"))
                .body("detail", equalTo("place 'Barnet' and code E09000002 name different places "
                        + "(Barking and Dagenham)"));
    }

    @Test
    void refusesAnUnknownPlaceNameWithTheCodeOfAKnownPlace() {
        Map<String, Object> body = evidence(unique("Population"));
        body.put("place", unique("Barnett"));

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("placeCode"));
    }

    @Test
    void addsAnUnknownPlaceToTheGazetteerWithKindUnknown() {
        String village = unique("Little Snoring");
        Map<String, Object> body = evidence(unique("Population"));
        body.put("place", village);
        body.remove("placeCode");

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().statusCode(201)
                .body("place.name", equalTo(village))
                .body("place.kind", equalTo("unknown"))
                .body("place.code", nullValue());
        given().queryParam("q", village).when().get("/api/v1/places")
                .then().statusCode(200)
                .body("items[0].name", equalTo(village))
                .body("items[0].kind", equalTo("unknown"));
    }

    @Test
    void findsThePlaceByItsCodeAlone() {
        Map<String, Object> body = evidence(unique("Police staff (FTE)"));
        body.remove("place");
        body.put("placeCode", MET_POLICE_CODE);

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().statusCode(201)
                .body("place.name", equalTo(MET_POLICE));
    }

    @Test
    void citesAStoredSourceById() {
        int sourceId = given().contentType(ContentType.JSON).body(source(unique("Stored release")))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
        Map<String, Object> body = evidence(unique("Population"));
        body.remove("source");
        body.put("sourceId", sourceId);

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().statusCode(201).body("source.id", equalTo(sourceId));

        body.put("sourceId", 999999999);
        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void refusesEvidenceWithBothOrNeitherSourceAndSourceId() {
        Map<String, Object> both = evidence(unique("Population"));
        both.put("sourceId", 1);
        Map<String, Object> neither = evidence(unique("Population"));
        neither.remove("source");

        for (Map<String, Object> body : List.of(both, neither)) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(EVIDENCE)
                    .then().spec(problem(422, "validation"))
                    .body("errors[0].field", equalTo("source"));
        }
    }

    @Test
    void keepsThePlaceCodeCheckCaseInsensitive() {
        Map<String, Object> body = evidence(unique("Population"));
        body.put("placeCode", BARNET_CODE.toLowerCase());

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().statusCode(201).body("place.code", equalTo(BARNET_CODE));
    }
}
