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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
    void showsTheAutomaticRatingAndAVerdictOnlyOncePublished() {
        long id = createClaim("Sutton had 447 police officers in March 2017");
        String automatic = given().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("assessment.rating", notNullValue()).extract().path("assessment.rating");
        String match = "items.find { it.claimId == " + id + " }";
        String paraphrase = "In March 2017 Sutton had 447 police officers";
        putVerdict(id, "\"0\"", verdict("FALSE", "DRAFT")).then().statusCode(200);
        given().queryParam("text", paraphrase).get("/api/v1/claims/similar").then().statusCode(200)
                .body(match + ".automaticRating", equalTo(automatic))
                .body(match + ".publishedVerdict", nullValue());
        putVerdict(id, "\"1\"", verdict("FALSE", "PUBLISHED")).then().statusCode(200);
        given().queryParam("text", paraphrase).get("/api/v1/claims/similar").then().statusCode(200)
                .body(match + ".automaticRating", equalTo(automatic))
                .body(match + ".publishedVerdict.rating", equalTo("FALSE"))
                .body(match + ".publishedVerdict.status", equalTo("PUBLISHED"))
                .body(match + ".publishedVerdict.version", equalTo(2));
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
    void findsParaphrasesWithNumbersPlacesAndMeasuresWrittenDifferently() {
        String[][] pairs = {
            {"Camden spent £475k on agency staff in 2016", "In 2016 Camden spent £475,000 on agency staff"},
            {"GMP had 6,484 full-time equivalent officers in September 2015",
                "Greater Manchester Police officer strength was 6,484 FTE in September 2015"},
            {"The number of people sleeping rough in England rose from 4,134 in autumn 2016 to 4,751 in autumn 2017",
                "Rough sleeping in England went up to 4,751 in autumn 2017, from 4,134 a year earlier"},
            {"Only Barnet has a higher Jewish population than Hackney",
                "Hackney has the second-highest Jewish population after Barnet"}};
        for (String[] pair : pairs) {
            long id = createClaim(pair[0]);
            given().queryParam("text", pair[1]).get("/api/v1/claims/similar").then().statusCode(200)
                    .body("items.claimId", hasItem((int) id));
        }
        long id = createClaim("Islington has the second-lowest recycling rate after Newham");
        given().queryParam("text", "Newham has the second-lowest recycling rate after Islington")
                .get("/api/v1/claims/similar").then().statusCode(200).body("items.claimId", not(hasItem((int) id)));
    }

    @Test
    void findsAParaphraseOfAClaimWithoutAPlaceOrANumber() {
        // no specific place or number to require: found by the words it must share, not by "London" and "rose"
        long id = createClaim("Rough sleeping in London rose while it fell across England");
        long other = createClaim("Knife crime in London rose while it fell across England");
        given().queryParam("text", "Rough sleeping fell across England but rose in London")
                .get("/api/v1/claims/similar").then().statusCode(200)
                .body("items.claimId", hasItem((int) id))
                .body("items.claimId", not(hasItem((int) other)));
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
