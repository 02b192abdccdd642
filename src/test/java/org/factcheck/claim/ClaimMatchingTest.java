package org.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.POLICE_BARNET;
import static org.factcheck.claim.NewsroomTestData.POLICE_BARNET_PARAPHRASE;
import static org.factcheck.claim.NewsroomTestData.claim;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.putVerdict;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimMatchingTest {

    @Test
    void findsAParaphraseOfAStoredClaimWithItsPublishedVerdict() {
        long id = createClaim(POLICE_BARNET);
        putVerdict(id, "\"0\"", verdict("FALSE", "PUBLISHED")).then().statusCode(200);
        given().queryParam("text", POLICE_BARNET_PARAPHRASE).get("/api/v1/claims/similar").then().statusCode(200)
                .body("threshold", equalTo(0.6f))
                .body("items.claimId", hasItem((int) id))
                .body("items.score", everyItem(greaterThanOrEqualTo(0.6f)))
                .body("items.find { it.claimId == " + id + " }.publishedVerdict.rating", equalTo("FALSE"));
    }

    @Test
    void doesNotReportAClaimAboutAnotherPlaceOrNumber() {
        long id = createClaim("Newham built 2,000 new homes last year");
        given().queryParam("text", "Southwark built 2,000 new homes last year").get("/api/v1/claims/similar")
                .then().statusCode(200).body("items.claimId", not(hasItem((int) id)));
        given().queryParam("text", "Newham built 3,000 new homes last year").get("/api/v1/claims/similar")
                .then().statusCode(200).body("items.claimId", not(hasItem((int) id)));
        given().queryParam("text", "Last year 2,000 new homes were built in Newham").get("/api/v1/claims/similar")
                .then().statusCode(200).body("items.claimId", hasItem((int) id));
    }

    @Test
    void newClaimComesBackWithTheBestMatches() {
        long earlier = createClaim(POLICE_BARNET);
        given().contentType(ContentType.JSON).body(claim(POLICE_BARNET_PARAPHRASE)).post("/api/v1/claims")
                .then().statusCode(201).body("similar.claimId", hasItem((int) earlier));
    }

    @Test
    void refusesAMissingTextOrABadLimit() {
        given().get("/api/v1/claims/similar").then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().queryParam("text", POLICE_BARNET).queryParam("limit", 0).get("/api/v1/claims/similar")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
