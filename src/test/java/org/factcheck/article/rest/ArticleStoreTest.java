package org.factcheck.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.factcheck.article.service.ClaimChecker;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.Rating;
import org.junit.jupiter.api.Test;

/** POST /api/v1/articles?store=true and GET /api/v1/articles/{id}: the article and its claims, all or nothing. */
@QuarkusTest
class ArticleStoreTest {

    private static final String PATH = "/api/v1/articles";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void storesTheArticleAndItsCheckedClaimsLinkedToIt() {
        Response stored = given().contentType(ContentType.JSON).queryParam("store", true)
                .body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(201).header("Location", containsString(PATH + "/"))
                .header("Idempotent-Replayed", "false").extract().response();
        long articleId = stored.jsonPath().getLong("summary.articleId");
        assertEquals(PATH + "/" + articleId, stored.header("Location").replaceFirst("^https?://[^/]+", ""));
        List<Map<String, Object>> claims = stored.jsonPath().getList("claims");
        List<Map<String, Object>> checked = claims.stream().filter(c -> c.get("assessment") != null).toList();
        assertEquals(stored.jsonPath().getInt("summary.checked"), checked.size());
        assertTrue(checked.size() >= 5, "the seed article has several checked claims");
        assertTrue(checked.stream().allMatch(c -> c.get("claimId") != null), "every checked claim was stored");
        assertTrue(claims.stream().filter(c -> c.get("assessment") == null).allMatch(c -> c.get("claimId") == null),
                "claims below the threshold are not stored");

        JsonNode article = readTree(given().when().get(PATH + "/" + articleId)
                .then().statusCode(200).extract().asString());
        assertEquals(ArticleTestData.SEED, article.get("body").asText());
        assertEquals("2018-04-16", article.get("publishedOn").asText());
        assertEquals(checked.size(), article.get("claims").size());
        for (int i = 0; i < checked.size(); i++) {
            JsonNode claim = article.get("claims").get(i);
            Map<String, Object> found = checked.get(i);
            assertEquals(((Number) found.get("claimId")).longValue(), claim.get("id").asLong(), "in article order");
            assertEquals(found.get("checkedText"), claim.get("text").asText());
            assertEquals(articleId, claim.get("articleId").asLong());
            assertEquals(((Map<?, ?>) found.get("assessment")).get("rating"),
                    claim.get("assessment").get("rating").asText(), "the assessment is the article's check");
            assertEquals("2018-04-16", claim.get("statedOn").asText());
        }
        long claimId = ((Number) checked.get(0).get("claimId")).longValue();
        given().when().get("/api/v1/claims/" + claimId + "/history")
                .then().statusCode(200).body("event", hasItems("CLAIM_CREATED", "ASSESSED"));
    }

    @Test
    void storesNothingWithoutStoreAndIgnoresTheKey() {
        long[] before = counts();
        given().contentType(ContentType.JSON).header("Idempotency-Key", "not-stored-" + UUID.randomUUID())
                .body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).body("summary.articleId", equalTo(null))
                .body("claims.claimId.findAll { it != null }.size()", equalTo(0));
        assertEquals(before[0], counts()[0]);
        assertEquals(before[1], counts()[1]);
    }

    @Test
    void replaysTheStoredArticleForARetriedIdempotencyKey() {
        String key = "cms-article-" + UUID.randomUUID();
        Response first = post(key, ArticleTestData.seed());
        long[] afterFirst = counts();
        Response retry = post(key, ArticleTestData.seed());
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.jsonPath().getList("claims.claimId"), retry.jsonPath().getList("claims.claimId"));
        assertEquals(afterFirst[0], counts()[0], "a retry stores no second article");
        assertEquals(afterFirst[1], counts()[1], "nor its claims again");

        Map<String, Object> other = ArticleTestData.article(ArticleTestData.manyClaims(2), "2016-06-01");
        given().contentType(ContentType.JSON).queryParam("store", true).header("Idempotency-Key", key).body(other)
                .when().post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://factcheck.dev/problems/idempotency-key-reused"));
    }

    @Test
    void aStreamStoresTheArticleAndNamesItInTheSummary() throws Exception {
        String body = given().contentType(ContentType.JSON).accept("application/x-ndjson").queryParam("store", true)
                .body(ArticleTestData.article(ArticleTestData.manyClaims(3), "2016-06-01"))
                .when().post(PATH)
                .then().statusCode(200).extract().asString();
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        JsonNode summary = json.readTree(lines.get(lines.size() - 1));
        assertEquals("summary", summary.get("type").asText(), body);
        long articleId = summary.get("summary").get("articleId").asLong();
        given().when().get(PATH + "/" + articleId)
                .then().statusCode(200).body("claims.size()", equalTo(summary.get("summary").get("checked").asInt()))
                .body("claims.articleId.unique()", equalTo(List.of((int) articleId)));
    }

    @Test
    void storesNothingWhenACheckFailsAndFreesTheKeyForARetry() {
        AtomicInteger calls = new AtomicInteger();
        QuarkusMock.installMockForType(new ClaimChecker() {
            @Override
            public CheckResult check(String text, String speaker, LocalDate statedOn, String place, String url) {
                if (calls.incrementAndGet() > 2) {
                    throw new IllegalStateException("evidence store unavailable");
                }
                return new CheckResult(Rating.NOT_ENOUGH_EVIDENCE, 0.5, true, null, "stub", List.of(), "single",
                        text);
            }
        }, ClaimChecker.class);
        String key = "cms-article-" + UUID.randomUUID();
        long[] before = counts();
        String body = given().contentType(ContentType.JSON).accept("application/x-ndjson").queryParam("store", true)
                .header("Idempotency-Key", key).body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"type\":\"error\""), body);
        assertFalse(body.contains("\"type\":\"summary\""), body);
        assertEquals(before[0], counts()[0], "no article stored");
        assertEquals(before[1], counts()[1], "no claim stored");
        assertEquals(0, eventually(() -> count("select count(*) from idempotency_key where key = '" + key + "'"), 0),
                "the key was released (off the event loop, so soon after the stream ends): a retry may try again");
    }

    @Test
    void refusesAnOverlongIdempotencyKeyEvenWithoutStore() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body(ArticleTestData.article(ArticleTestData.NO_CLAIMS, "2019-07-06"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void answersNotFoundForAnUnknownArticle() {
        given().when().get(PATH + "/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no stored article with id 987654321"));
    }

    private static Response post(String key, Map<String, Object> article) {
        return given().contentType(ContentType.JSON).queryParam("store", true).header("Idempotency-Key", key)
                .body(article)
                .when().post(PATH)
                .then().statusCode(201).extract().response();
    }

    /** Articles, and claims linked to an article. */
    private long[] counts() {
        return new long[] {count("select count(*) from article"),
            count("select count(*) from claim where article_id is not null")};
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value once it equals {@code expected}, or the last value read after five seconds. */
    private static long eventually(LongSupplier value, long expected) {
        long v = value.getAsLong();
        for (int i = 0; i < 50 && v != expected; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            v = value.getAsLong();
        }
        return v;
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
