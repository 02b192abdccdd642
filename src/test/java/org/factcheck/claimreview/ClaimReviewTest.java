package org.factcheck.claimreview;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.putVerdict;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimReviewTest {

    @Test
    void publishedVerdictHasAClaimReviewWithEveryRequiredField() {
        long id = createClaim(JEWISH_BARNET);
        putVerdict(id, "\"0\"", verdict("MOSTLY_TRUE", "PUBLISHED")).then().statusCode(200);
        JsonPath doc = given().accept("application/ld+json").get("/api/v1/claims/" + id + "/claimreview")
                .then().statusCode(200).contentType("application/ld+json")
                .body("datePublished", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .extract().jsonPath();
        assertEquals("https://schema.org", doc.getString("'@context'"));
        assertEquals("ClaimReview", doc.getString("'@type'"));
        assertEquals(JEWISH_BARNET, doc.getString("claimReviewed"));
        assertEquals("https://factcheck.dev/claims/" + id, doc.getString("url"));
        assertEquals(Map.of("@type", "Organization", "name", "factcheck", "url", "https://factcheck.dev"),
                doc.getMap("author"));
        assertEquals("Claim", doc.getString("itemReviewed.'@type'"));
        assertEquals("Barnet Times", doc.getString("itemReviewed.author.name"));
        assertEquals("2018-04-14", doc.getString("itemReviewed.datePublished"));
        assertEquals("https://www.times-series.co.uk/news/16159284/", doc.getString("itemReviewed.appearance[0].url"));
        assertEquals("https://www.times-series.co.uk/news/16159284/", doc.getString("itemReviewed.firstAppearance.url"));
        assertEquals("Rating", doc.getString("reviewRating.'@type'"));
        assertEquals(4, doc.getInt("reviewRating.ratingValue"));
        assertEquals(5, doc.getInt("reviewRating.bestRating"));
        assertEquals(1, doc.getInt("reviewRating.worstRating"));
        assertEquals("Mostly true", doc.getString("reviewRating.alternateName"));
        assertEquals(verdict("TRUE", "PUBLISHED").get("summary"), doc.getString("reviewRating.ratingExplanation"));
    }

    @Test
    void mapsEveryRatingOnTheScaleToOneToFive() {
        Map<String, Integer> values = Map.of("TRUE", 5, "MOSTLY_TRUE", 4, "MISLEADING", 3, "MOSTLY_FALSE", 2,
                "FALSE", 1);
        values.forEach((rating, value) -> {
            long id = createClaim(JEWISH_BARNET);
            putVerdict(id, "\"0\"", verdict(rating, "PUBLISHED")).then().statusCode(200);
            given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(200)
                    .body("reviewRating.ratingValue", equalTo(value));
        });
    }

    @Test
    void unpublishedAndRetractedVerdictsHaveNoClaimReview() {
        long id = createClaim(JEWISH_BARNET);
        given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(404)
                .contentType("application/problem+json");
        putVerdict(id, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(200);
        given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(404);
        putVerdict(id, "\"1\"", verdict("TRUE", "PUBLISHED")).then().statusCode(200);
        given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(200);
        putVerdict(id, "\"2\"", verdict("TRUE", "RETRACTED")).then().statusCode(200);
        given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(404);
    }

    @Test
    void syncFeedListsPublishedReviewsChangedSinceAnInstant() {
        long published = createClaim(JEWISH_BARNET);
        long draft = createClaim(JEWISH_BARNET);
        String since = given().get("/api/v1/claims/" + published).then().extract().path("updatedAt");
        putVerdict(published, "\"0\"", verdict("TRUE", "PUBLISHED")).then().statusCode(200);
        putVerdict(draft, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(200);
        given().queryParam("since", since).queryParam("size", 200).get("/api/v1/claimreviews").then().statusCode(200)
                .body("items.url", hasItem("https://factcheck.dev/claims/" + published))
                .body("items.url", not(hasItem("https://factcheck.dev/claims/" + draft)));
        given().queryParam("since", "2999-01-01T00:00:00Z").get("/api/v1/claimreviews").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
