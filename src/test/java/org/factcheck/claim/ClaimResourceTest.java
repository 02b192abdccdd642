package org.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.claim;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.putVerdict;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void storesClaimWithTheEngineAssessmentAndItsEvidenceFigures() {
        given().contentType(ContentType.JSON).body(claim(JEWISH_BARNET))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/claims/"))
                .body("status", equalTo("UNREVIEWED"))
                .body("rating", equalTo("TRUE"))
                .body("assessment.kind", equalTo("INITIAL"))
                .body("assessment.rating", equalTo("TRUE"))
                .body("assessment.evidence.size()", greaterThanOrEqualTo(1))
                .body("assessment.evidence[0].value", notNullValue())
                .body("assessment.result.parts[0].evidence[0].evidenceId", notNullValue())
                .body("speaker", equalTo("Barnet Times"))
                .body("similar", notNullValue());
    }

    @Test
    void getsAStoredClaimWithETagZeroBeforeAnyVerdict() {
        long id = createClaim(JEWISH_BARNET);
        given().when().get("/api/v1/claims/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo((int) id)).body("verdict", equalTo(null));
    }

    @Test
    void answers404AsProblemForAnUnknownClaim() {
        given().when().get("/api/v1/claims/99999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no claim with id 99999999"));
    }

    @Test
    void refusesABlankClaimText() {
        Map<String, Object> body = claim(" ");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
    }

    @Test
    void filtersByTagRatingStatusSpeakerAndDates() {
        Map<String, Object> body = claim(JEWISH_BARNET);
        String tag = ((List<?>) body.get("tags")).get(0).toString();
        long id = createClaim(body);
        given().queryParam("tag", tag).queryParam("rating", "TRUE").queryParam("status", "UNREVIEWED")
                .queryParam("speaker", "barnet times").queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .queryParam("q", "Jewish borough")
                .when().get("/api/v1/claims")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().queryParam("tag", tag).queryParam("rating", "FALSE").when().get("/api/v1/claims")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().queryParam("tag", tag).queryParam("to", "2017-12-31").when().get("/api/v1/claims")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void filtersByTheVerdictsRatingAndStatusOnceThereIsOneAndByTheAssessmentsBefore() {
        Map<String, Object> body = claim(JEWISH_BARNET);
        String tag = ((List<?>) body.get("tags")).get(0).toString();
        long id = createClaim(body);
        assertEquals(List.of(id), listed(tag, "rating", "TRUE"));
        assertEquals(List.of(id), listed(tag, "status", "UNREVIEWED"));

        putVerdict(id, "\"0\"", verdict("MISLEADING", "DRAFT")).then().statusCode(200);
        assertEquals(List.of(id), listed(tag, "rating", "MISLEADING"));
        assertEquals(List.of(), listed(tag, "rating", "TRUE"));
        assertEquals(List.of(id), listed(tag, "status", "DRAFT"));
        assertEquals(List.of(), listed(tag, "status", "UNREVIEWED"));

        putVerdict(id, "\"1\"", verdict("FALSE", "PUBLISHED")).then().statusCode(200);
        assertEquals(List.of(id), listed(tag, "rating", "FALSE"));
        assertEquals(List.of(), listed(tag, "rating", "MISLEADING"));
        assertEquals(List.of(id), listed(tag, "status", "PUBLISHED"));
        assertEquals(List.of(), listed(tag, "status", "DRAFT"));

        // a re-check gives a new assessment; the verdict still decides the rating the listing filters on
        given().when().post("/api/v1/claims/" + id + "/recheck").then().statusCode(200);
        assertEquals(List.of(id), listed(tag, "rating", "FALSE"));
    }

    @Test
    void countsExactlyUpToTheLimit() {
        Map<String, Object> body = claim(JEWISH_BARNET);
        String tag = ((List<?>) body.get("tags")).get(0).toString();
        createClaim(body);
        createClaim(body);
        given().queryParam("tag", tag).when().get("/api/v1/claims")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(1))
                .body("totalExact", equalTo(true));
    }

    private static List<Long> listed(String tag, String filter, String value) {
        return given().queryParam("tag", tag).queryParam(filter, value).when().get("/api/v1/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void pagesTheListingAndRefusesUnknownFilters() {
        createClaim(JEWISH_BARNET);
        createClaim(JEWISH_BARNET);
        given().queryParam("size", 1).when().get("/api/v1/claims")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2));
        given().queryParam("status", "SIGNED").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("rating", "PANTS_ON_FIRE").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
    }

    @Test
    void listsClaimsChangedSinceAnInstantOldestChangeFirst() {
        long id = createClaim(JEWISH_BARNET);
        String updated = given().when().get("/api/v1/claims/" + id).then().extract().path("updatedAt");
        long later = createClaim(JEWISH_BARNET);
        given().queryParam("updatedSince", updated).queryParam("size", 200).when().get("/api/v1/claims")
                .then().statusCode(200).body("items.id", everyItem(greaterThanOrEqualTo((int) later)));
    }
}
