package org.factcheck.apikey;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Per-key rate limits over HTTP. The test profile gives the keys of owner {@code rate-limit-test} a bucket of 3 that
 * refills once in 1000 s (application.properties), so the fourth request within the test is refused.
 */
@QuarkusTest
class RateLimitTest {

    @Test
    void refusesAKeyOverItsBucketWith429RetryAfterAndRateLimitHeaders() {
        String key = ApiKeyRoleTest.key("rate-limit-test", "reader");
        for (int left = 2; left >= 0; left--) {
            given().header("X-API-Key", key).queryParam("size", 1).get("/api/v1/claims")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"per-key\";q=3;w=3000"))
                    .header("RateLimit", matchesPattern("\"per-key\";r=" + left + ";t=\\d+"))
                    .header("Retry-After", nullValue());
        }
        given().header("X-API-Key", key).queryParam("size", 1).get("/api/v1/claims")
                .then().spec(problem(429, "too-many-requests"))
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"per-key\";r=0;t=\\d+"))
                .header("RateLimit-Policy", equalTo("\"per-key\";q=3;w=3000"));
        // another key keeps its own bucket
        given().queryParam("size", 1).get("/api/v1/claims").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"per-key\";r=\\d+;t=\\d+"));
    }

    @Test
    void countsNothingForRequestsWithoutAKey() {
        AdminKeyCallback.withoutKey();
        given().get("/api/v1/claimreviews").then().statusCode(200).header("RateLimit", nullValue());
        given().get("/api/v1/claims").then().statusCode(401).header("RateLimit", nullValue());
    }
}
