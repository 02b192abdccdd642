package org.factcheck.apikey;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.claim;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyRoleTest {

    static String key(String owner, String... roles) {
        return given().contentType(ContentType.JSON).body(Map.of("owner", owner, "roles", List.of(roles)))
                .post("/api/v1/api-keys").then().statusCode(201).body("key", startsWith("fck_"))
                .extract().path("key");
    }

    @Test
    void answers401AsProblemWithoutAKeyOrWithABadOne() {
        AdminKeyCallback.withoutKey();
        given().get("/api/v1/claims").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://factcheck.dev/problems/unauthorized"));
        given().header("Authorization", "Bearer fck_not-a-key").get("/api/v1/claims").then().statusCode(401);
        given().header("X-API-Key", "fck_not-a-key").get("/api/v1/claims").then().statusCode(401);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void answers403AsProblemForTheWrongRole() {
        String reader = key("reader-test", "reader");
        long id = createClaim(JEWISH_BARNET);
        given().header("Authorization", "Bearer " + reader).get("/api/v1/claims/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON).body(claim(JEWISH_BARNET))
                .post("/api/v1/claims").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://factcheck.dev/problems/forbidden"));
    }

    @Test
    void eachRoleMayDoItsOperationsAndNoOthers() {
        String newsroom = key("newsroom-cms", "newsroom");
        String checker = key("jane.checker", "checker");
        String claimBody = "{\"text\": \"" + JEWISH_BARNET + "\"}";
        long id = given().header("X-API-Key", newsroom).contentType(ContentType.JSON).body(claimBody)
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("X-API-Key", newsroom).contentType(ContentType.JSON).body(Map.of("text", JEWISH_BARNET))
                .post("/api/v1/checks").then().statusCode(200);
        given().header("X-API-Key", newsroom).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(verdict("TRUE", "DRAFT")).put("/api/v1/claims/" + id + "/verdict").then().statusCode(403);
        given().header("X-API-Key", newsroom).post("/api/v1/claims/" + id + "/recheck").then().statusCode(403);
        given().header("X-API-Key", newsroom).get("/api/v1/api-keys").then().statusCode(403);

        given().header("X-API-Key", checker).contentType(ContentType.JSON).body(claimBody)
                .post("/api/v1/claims").then().statusCode(403);
        given().header("X-API-Key", checker).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(verdict("TRUE", "DRAFT")).put("/api/v1/claims/" + id + "/verdict").then().statusCode(200)
                .body("updatedBy", equalTo("jane.checker"));
        given().header("X-API-Key", checker).post("/api/v1/claims/" + id + "/recheck").then().statusCode(200);
        given().header("X-API-Key", checker).contentType(ContentType.JSON)
                .body(Map.of("owner", "mallory", "roles", List.of("admin"))).post("/api/v1/api-keys")
                .then().statusCode(403);

        given().get("/api/v1/claims/" + id + "/history").then().statusCode(200)
                .body("find { it.event == 'CLAIM_CREATED' }.actor", equalTo("newsroom-cms"))
                .body("find { it.event == 'VERDICT_CHANGED' }.actor", equalTo("jane.checker"))
                .body("find { it.event == 'RECHECKED' }.actor", equalTo("jane.checker"));
    }

    @Test
    void publishedClaimReviewsArePublicByDefaultAndNothingElseIs() {
        long id = createClaim(JEWISH_BARNET);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(verdict("TRUE", "PUBLISHED"))
                .put("/api/v1/claims/" + id + "/verdict").then().statusCode(200);
        AdminKeyCallback.withoutKey();
        given().get("/api/v1/claims/" + id + "/claimreview").then().statusCode(200);
        given().get("/api/v1/claimreviews").then().statusCode(200);
        given().get("/api/v1/claims/" + id).then().statusCode(401);
        given().get("/api/v1/claims/" + id + "/history").then().statusCode(401);
    }

    @Test
    void keysAreShownOnceAndRevokedKeysStopWorking() {
        String key = key("temp", "reader");
        given().get("/api/v1/api-keys").then().statusCode(200)
                .body("find { it.owner == 'temp' }.key", nullValue())
                .body("owner", hasItem("bootstrap-admin"));
        long id = given().get("/api/v1/api-keys").then().extract().jsonPath()
                .getLong("find { it.owner == 'temp' }.id");
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(200);
        given().delete("/api/v1/api-keys/" + id).then().statusCode(204);
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(401);
        given().get("/api/v1/api-keys").then().body("findAll { it.revokedAt == null }.id", not(hasItem((int) id)));
    }
}
