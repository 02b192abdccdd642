package org.factcheck.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    private static final String PATH = "/api/v1/articles";

    @Test
    void findsAttributesAndChecksTheClaimsOfTheSeedArticle() {
        JsonPath answer = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("summary.place", equalTo("London"))
                .body("summary.threshold", equalTo(0.5f))
                .body("claims.text", hasItems("London has lost over £700 million",
                        "Barnet pays the highest amount of police funding per head"))
                .extract().jsonPath();
        Map<String, Object> lost = claim(answer, "London has lost over £700 million");
        assertEquals("Sadiq Khan", answer.getString(path(answer, lost) + ".speaker.name"));
        assertEquals(true, lost.get("checkworthy"));
        assertEquals(true, answer.getBoolean(path(answer, lost) + ".assessment.checkable"));
        Map<String, Object> officers = claim(answer, "gets fewer officers than any other London borough");
        assertEquals("Conservative group", answer.getString(path(answer, officers) + ".speaker.name"));
        int start = answer.getInt(path(answer, lost) + ".span.start");
        int end = answer.getInt(path(answer, lost) + ".span.end");
        assertEquals("London has lost over £700 million", ArticleTestData.SEED.substring(start, end));
    }

    @Test
    void warnsOfTheWrongWeekdayAndTheDatesOutOfOrder() {
        given().contentType(ContentType.JSON).body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200)
                .body("warnings.type", hasItems("WEEKDAY_MISMATCH", "DATE_ORDER"))
                .body("warnings.find { it.type == 'WEEKDAY_MISMATCH' }.message",
                        containsString("14 May 2018 (the year taken from the publication date) is a Monday"))
                .body("warnings.find { it.type == 'WEEKDAY_MISMATCH' }.passages[0].text", equalTo("Saturday (May 14)"))
                .body("warnings.findAll { it.type == 'DATE_ORDER' }.message", hasItem(containsString("'May 3'")));
    }

    @Test
    void leavesClaimsBelowTheThresholdUnchecked() {
        given().contentType(ContentType.JSON).body(ArticleTestData.seed()).queryParam("threshold", 0.95)
                .when().post(PATH)
                .then().statusCode(200)
                .body("claims.findAll { !it.checkworthy }.assessment", everyItem(nullValue()))
                .body("claims.findAll { it.checkworthy }.assessment", everyItem(notNullValue()))
                .body("summary.checked", equalTo(given().contentType(ContentType.JSON).body(ArticleTestData.seed())
                        .queryParam("threshold", 0.95).post(PATH).jsonPath().getInt("summary.checkworthy")));
    }

    @Test
    void answersAnArticleWithNoClaimsWithNoClaims() {
        given().contentType(ContentType.JSON).body(ArticleTestData.article(ArticleTestData.NO_CLAIMS, "2019-07-06"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("claims", empty())
                .body("summary.sentences", equalTo(2))
                .body("summary.claims", equalTo(0))
                .body("summary.checked", equalTo(0));
    }

    @Test
    void stripsHtmlAndGivesSpansInTheBodyAsSent() {
        String html = "<p>Westminster recorded 212 crimes for every 1,000 residents in 2014/15, "
                + "according to the <a href=\"https://data.london.gov.uk/\">Greater London Authority</a>.</p>"
                + "<script>var claim = 'Barnet has 3 million residents.';</script><p>It was a lovely day.</p>";
        JsonPath answer = given().contentType(ContentType.JSON).body(ArticleTestData.article(html, "2016-03-01"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("claims", org.hamcrest.Matchers.hasSize(1))
                .body("claims[0].speaker.name", equalTo("Greater London Authority"))
                .body("claims[0].assessment.rating", equalTo("TRUE"))
                .extract().jsonPath();
        int start = answer.getInt("claims[0].sentenceSpan.start");
        int end = answer.getInt("claims[0].sentenceSpan.end");
        assertEquals("Westminster recorded 212 crimes for every 1,000 residents in 2014/15, according to the "
                + "<a href=\"https://data.london.gov.uk/\">Greater London Authority</a>.", html.substring(start, end));
    }

    @Test
    void answersJsonWhenTheClientAcceptsAnything() {
        given().contentType(ContentType.JSON).accept("*/*").body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON).body("summary", notNullValue());
    }

    @Test
    void refusesAnEmptyBodyWithAProblemBeforeStreaming() {
        for (String accept : List.of("application/json", "application/x-ndjson", "text/event-stream")) {
            given().contentType(ContentType.JSON).accept(accept).body(ArticleTestData.article("  ", "2018-04-16"))
                    .when().post(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("body"));
        }
    }

    @Test
    void refusesABodyOverOneHundredThousandCharacters() {
        given().contentType(ContentType.JSON).body(ArticleTestData.article("a".repeat(100_001), "2018-04-16"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void refusesHtmlWithNoText() {
        given().contentType(ContentType.JSON).body(ArticleTestData.article("<p> </p><script>x()</script>", null))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("the body has no text once HTML is removed"));
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        given().contentType(ContentType.JSON).accept("application/x-ndjson").body(ArticleTestData.seed())
                .queryParam("threshold", 1.5)
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("threshold"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claim(JsonPath answer, String text) {
        List<Map<String, Object>> claims = answer.getList("claims");
        return claims.stream().filter(c -> ((String) c.get("text")).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text));
    }

    private static String path(JsonPath answer, Map<String, Object> claim) {
        return "claims[" + answer.getList("claims").indexOf(claim) + "]";
    }
}
