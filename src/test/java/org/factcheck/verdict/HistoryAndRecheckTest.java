package org.factcheck.verdict;

import static io.restassured.RestAssured.given;
import static org.factcheck.claim.NewsroomTestData.JEWISH_BARNET;
import static org.factcheck.claim.NewsroomTestData.claim;
import static org.factcheck.claim.NewsroomTestData.createClaim;
import static org.factcheck.claim.NewsroomTestData.createEvidence;
import static org.factcheck.claim.NewsroomTestData.evidence;
import static org.factcheck.claim.NewsroomTestData.putVerdict;
import static org.factcheck.claim.NewsroomTestData.verdict;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryAndRecheckTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void historyRecordsCreationAssessmentEveryVerdictChangeAndRecheckInOrder() {
        long id = createClaim(JEWISH_BARNET);
        putVerdict(id, "\"0\"", verdict("MOSTLY_TRUE", "DRAFT")).then().statusCode(200);
        putVerdict(id, "\"1\"", verdict("TRUE", "PUBLISHED")).then().statusCode(200);
        given().post("/api/v1/claims/" + id + "/recheck").then().statusCode(200)
                .body("assessment.kind", equalTo("RECHECK"));
        putVerdict(id, "\"2\"", verdict("TRUE", "RETRACTED")).then().statusCode(200);

        JsonPath history = given().get("/api/v1/claims/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CLAIM_CREATED", "ASSESSED", "VERDICT_CHANGED", "VERDICT_CHANGED", "RECHECKED",
                "VERDICT_CHANGED"), history.getList("event"));
        assertEquals(JEWISH_BARNET, history.getString("[0].after.text"));
        assertEquals("TRUE", history.getString("[1].after.rating"));
        assertEquals(null, history.getMap("[2].before"));
        assertEquals("MOSTLY_TRUE", history.getString("[2].after.rating"));
        assertEquals("MOSTLY_TRUE", history.getString("[3].before.rating"));
        assertEquals("PUBLISHED", history.getString("[3].after.status"));
        assertEquals(history.getLong("[1].after.assessmentId"), history.getLong("[4].before.assessmentId"));
        assertEquals("PUBLISHED", history.getString("[5].before.status"));
        assertEquals("RETRACTED", history.getString("[5].after.status"));
        history.getList("actor", String.class).forEach(actor -> assertEquals(false, actor == null || actor.isBlank()));
    }

    @Test
    void recheckKeepsTheEarlierAssessmentBesideTheNewOne() {
        long id = createClaim(JEWISH_BARNET);
        long first = given().get("/api/v1/claims/" + id).then().extract().jsonPath().getLong("assessment.id");
        long second = given().post("/api/v1/claims/" + id + "/recheck").then().statusCode(200).extract()
                .jsonPath().getLong("assessment.id");
        JsonPath history = given().get("/api/v1/claims/" + id + "/history").then().extract().jsonPath();
        assertEquals(first, history.getLong("find { it.event == 'RECHECKED' }.before.assessmentId"));
        assertEquals(second, history.getLong("find { it.event == 'RECHECKED' }.after.assessmentId"));
        given().post("/api/v1/claims/99999999/recheck").then().statusCode(404);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteHistory() throws SQLException {
        long id = createClaim(JEWISH_BARNET);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "update claim_history set actor = 'mallory' where claim_id = " + id));
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "delete from claim_history where claim_id = " + id));
        }
        given().delete("/api/v1/claims/" + id + "/history").then().statusCode(anyOf(is(404), is(405)));
    }

    @Test
    void aClaimWhoseVerdictEvidenceChangedIsListedAsStale() {
        String metric = "Newsroom stale test " + UUID.randomUUID();
        Map<String, Object> record = evidence(metric, 100);
        long evidenceId = createEvidence(record);
        Map<String, Object> body = claim(JEWISH_BARNET);
        String tag = ((List<?>) body.get("tags")).get(0).toString();
        long id = createClaim(body);
        Map<String, Object> v = verdict("TRUE", "PUBLISHED");
        v.put("evidenceIds", List.of(evidenceId));
        putVerdict(id, "\"0\"", v).then().statusCode(200);
        given().queryParam("stale", true).queryParam("tag", tag).get("/api/v1/claims").then()
                .body("totalItems", equalTo(0));

        record.put("value", 120);
        given().contentType(ContentType.JSON).body(record).put("/api/v1/evidence/" + evidenceId).then().statusCode(200);

        given().queryParam("stale", true).queryParam("tag", tag).get("/api/v1/claims").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].stale", equalTo(true));
        given().queryParam("stale", false).queryParam("size", 200).get("/api/v1/claims").then()
                .body("items.id", not(hasItem((int) id)));
        // a new verdict cites today's figures: no longer stale
        putVerdict(id, "\"1\"", v).then().statusCode(200);
        given().get("/api/v1/claims/" + id).then().body("stale", equalTo(false));
    }
}
