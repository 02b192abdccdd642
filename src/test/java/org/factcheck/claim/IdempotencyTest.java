package org.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.claim;
import static org.factcheck.claim.NewsroomTestData.inParallel;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void retryWithTheSameKeyAndBodyReturnsTheFirstAnswerAndCreatesNothing() {
        Map<String, Object> body = claim(JEWISH_BARNET);
        String key = "cms-" + UUID.randomUUID();
        Response first = post(key, body);
        Response retry = post(key, body);
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), retry.jsonPath().getLong("id"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getMap("assessment"), retry.jsonPath().getMap("assessment"));
        given().queryParam("tag", tag(body)).when().get("/api/v1/claims").then().body("totalItems", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = "cms-" + UUID.randomUUID();
        post(key, claim(JEWISH_BARNET)).then().statusCode(201);
        post(key, claim("London has lost over £700 million")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://factcheck.dev/problems/idempotency-key-reused"));
    }

    @Test
    void parallelRetriesCreateOneClaim() throws Exception {
        Map<String, Object> body = claim(JEWISH_BARNET);
        String key = "cms-" + UUID.randomUUID();
        List<Response> answers = inParallel(8, () -> post(key, body));
        Set<Integer> statuses = answers.stream().map(Response::statusCode).collect(Collectors.toSet());
        assertTrue(Set.of(201, 409).containsAll(statuses), "only 201 and 409 expected, got " + statuses);
        Set<Long> ids = answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getLong("id"))
                .collect(Collectors.toSet());
        assertEquals(1, ids.size(), "one claim for all retries");
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                "https://factcheck.dev/problems/idempotency-in-progress", r.jsonPath().getString("type")));
        given().queryParam("tag", tag(body)).when().get("/api/v1/claims").then().body("totalItems", equalTo(1));
        // once the first has finished, every retry gets its answer
        assertEquals(ids.iterator().next(), post(key, body).then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    @Test
    void claimsWithoutAKeyAreNotDeduplicated() {
        Map<String, Object> body = claim(JEWISH_BARNET);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/claims").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/claims").then().statusCode(201);
        given().queryParam("tag", tag(body)).when().get("/api/v1/claims").then().body("totalItems", equalTo(2));
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/claims");
    }

    private static String tag(Map<String, Object> body) {
        return ((List<?>) body.get("tags")).get(0).toString();
    }
}
