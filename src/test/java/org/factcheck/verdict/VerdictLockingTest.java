package org.factcheck.verdict;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.inParallel;
import static org.factcheck.claim.NewsroomTestData.putVerdict;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerdictLockingTest {

    @Test
    void writesTheFirstVerdictWithETagZeroAndAnswersTheNewETag() {
        long id = createClaim(JEWISH_BARNET);
        putVerdict(id, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).body("updatedBy", notNullValue());
        given().get("/api/v1/claims/" + id).then().header("ETag", "\"1\"").body("status", equalTo("DRAFT"))
                .body("rating", equalTo("TRUE"));
        putVerdict(id, "\"1\"", verdict("TRUE", "PUBLISHED")).then().statusCode(200).header("ETag", "\"2\"")
                .body("firstPublishedAt", notNullValue());
    }

    @Test
    void refusesAPutWithoutIfMatchWith428() {
        long id = createClaim(JEWISH_BARNET);
        putVerdict(id, null, verdict("TRUE", "DRAFT")).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));
    }

    @Test
    void refusesAStaleIfMatchWith412AndKeepsTheVerdict() {
        long id = createClaim(JEWISH_BARNET);
        putVerdict(id, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(200);
        putVerdict(id, "\"1\"", verdict("MOSTLY_TRUE", "DRAFT")).then().statusCode(200);
        putVerdict(id, "\"1\"", verdict("FALSE", "DRAFT")).then().statusCode(412)
                .contentType("application/problem+json");
        putVerdict(id, "\"0\"", verdict("FALSE", "DRAFT")).then().statusCode(412);
        given().get("/api/v1/claims/" + id + "/verdict").then().statusCode(200)
                .body("rating", equalTo("MOSTLY_TRUE")).body("version", equalTo(2));
    }

    @Test
    void ofTwoParallelPutsWithTheSameETagExactlyOneWins() throws Exception {
        for (String etag : List.of("\"0\"", "\"1\"")) {
            long id = createClaim(JEWISH_BARNET);
            if (etag.equals("\"1\"")) {
                putVerdict(id, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(200);
            }
            List<Response> answers = inParallel(2, () -> putVerdict(id, etag,
                    verdict(Thread.currentThread().getName().hashCode() % 2 == 0 ? "FALSE" : "MOSTLY_FALSE", "DRAFT")));
            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 412), statuses, "one winner, one 412, for If-Match " + etag);
            int history = given().get("/api/v1/claims/" + id + "/history").then().extract()
                    .jsonPath().getList("findAll { it.event == 'VERDICT_CHANGED' }").size();
            assertEquals(etag.equals("\"0\"") ? 1 : 2, history, "only the winner is in the history");
        }
    }

    @Test
    void refusesToPublishWithoutSummaryOrToRetractAnUnpublishedVerdict() {
        long id = createClaim(JEWISH_BARNET);
        Map<String, Object> noSummary = verdict("TRUE", "PUBLISHED");
        noSummary.put("summary", null);
        putVerdict(id, "\"0\"", noSummary).then().statusCode(422).body("errors[0].field", equalTo("summary"));
        putVerdict(id, "\"0\"", verdict("TRUE", "RETRACTED")).then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        Map<String, Object> unknownEvidence = verdict("TRUE", "DRAFT");
        unknownEvidence.put("evidenceIds", List.of(987654321L));
        putVerdict(id, "\"0\"", unknownEvidence).then().statusCode(422).body("errors[0].field", equalTo("evidenceIds"));
    }

    @Test
    void answers404ForTheVerdictOfAnUnknownClaim() {
        putVerdict(99999999L, "\"0\"", verdict("TRUE", "DRAFT")).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
