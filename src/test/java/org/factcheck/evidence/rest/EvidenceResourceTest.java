package org.factcheck.evidence.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.MET_POLICE;
import static org.factcheck.TestData.MET_POLICE_CODE;
import static org.factcheck.TestData.createEvidence;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceResourceTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Test
    void createsARecordWithLocationAndEtag() {
        String metric = unique("Police officers (FTE)");
        Map<String, Object> body = evidence(metric);
        body.put("place", MET_POLICE);
        body.put("placeCode", MET_POLICE_CODE);
        body.put("value", 30871.22);

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("metric", equalTo(metric))
                .body("place.name", equalTo(MET_POLICE))
                .body("place.code", equalTo(MET_POLICE_CODE))
                .body("place.kind", equalTo("police_force"))
                .body("periodStart", equalTo("2020-01-01"))
                .body("value", equalTo(30871.22f))
                .body("source.title", equalTo("Test suite source"))
                .body("version", equalTo(0))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location"), endsWith(EVIDENCE + "/" + id));

        given().when().get(EVIDENCE + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("metric", equalTo(metric))
                .body("periodLabel", equalTo("2020"))
                .body("quote", equalTo("Table 1 | row Barnet | column 2020: 42"))
                .body("createdAt", not(nullValue()));
    }

    @Test
    void answers404ForAnUnknownRecord() {
        given().when().get(EVIDENCE + "/999999999")
                .then().spec(problem(404, "not-found"))
                .body("detail", equalTo("no evidence with id 999999999"))
                .body("instance", equalTo(EVIDENCE + "/999999999"));
    }

    @Test
    void replacesARecordWithoutIfMatch() {
        Map<String, Object> body = evidence(unique("Replaced metric"));
        long id = createEvidence(body);
        body.put("value", 43.5);

        given().contentType(ContentType.JSON).body(body)
                .when().put(EVIDENCE + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("value", equalTo(43.5f))
                .body("version", equalTo(1));
        given().when().get(EVIDENCE + "/" + id).then().body("value", equalTo(43.5f));
    }

    @Test
    void replacesARecordWhoseEtagMatches() {
        Map<String, Object> body = evidence(unique("Replaced metric"));
        long id = createEvidence(body);
        String etag = given().when().get(EVIDENCE + "/" + id).then().extract().header("ETag");
        body.put("value", 44);

        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put(EVIDENCE + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        body.put("value", 45);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(body)
                .when().put(EVIDENCE + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("value", equalTo(45));
    }

    @Test
    void refusesToOverwriteARecordChangedSinceItWasRead() {
        Map<String, Object> body = evidence(unique("Replaced metric"));
        long id = createEvidence(body);
        body.put("value", 50);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put(EVIDENCE + "/" + id).then().statusCode(200);
        body.put("value", 99);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put(EVIDENCE + "/" + id)
                .then().spec(problem(412, "precondition-failed"))
                .body("detail", equalTo("evidence " + id + " is at version 1, not 0; read it again and retry"));
        given().when().get(EVIDENCE + "/" + id).then().body("value", equalTo(50));
    }

    @Test
    void refusesAnIfMatchThatIsNotAnEtag() {
        Map<String, Object> body = evidence(unique("Replaced metric"));
        long id = createEvidence(body);

        given().contentType(ContentType.JSON).header("If-Match", "yesterday").body(body)
                .when().put(EVIDENCE + "/" + id)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].message", equalTo("'yesterday' is not an ETag of this service"));
    }

    @Test
    void answers404WhenReplacingAnUnknownRecord() {
        given().contentType(ContentType.JSON).body(evidence(unique("Never stored")))
                .when().put(EVIDENCE + "/999999999")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void deletesARecordOnce() {
        long id = createEvidence(evidence(unique("Deleted metric")));

        given().when().delete(EVIDENCE + "/" + id).then().statusCode(204);

        given().when().get(EVIDENCE + "/" + id).then().spec(problem(404, "not-found"));
        given().when().delete(EVIDENCE + "/" + id).then().spec(problem(404, "not-found"))
                .body("detail", equalTo("no evidence with id " + id));
    }

    @Test
    void refusesASecondRecordForTheSameMetricPlacePeriodAndSource() {
        Map<String, Object> body = evidence(unique("Duplicated metric"));
        long id = createEvidence(body);
        body.put("place", BARNET.toUpperCase());
        body.put("value", 7);

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("already exists (id " + id + ")"));
    }

    @Test
    void storesTheSameFigureFromAnotherSource() {
        Map<String, Object> body = evidence(unique("Twice published metric"));
        createEvidence(body);
        body.put("source", source(unique("Another publication")));

        given().contentType(ContentType.JSON).body(body).when().post(EVIDENCE).then().statusCode(201);
    }

    @Test
    void refusesAReplaceThatWouldDuplicateAnotherRecord() {
        Map<String, Object> first = evidence(unique("Duplicated metric"));
        createEvidence(first);
        long second = createEvidence(evidence(unique("Duplicated metric")));

        given().contentType(ContentType.JSON).body(first)
                .when().put(EVIDENCE + "/" + second)
                .then().spec(problem(409, "conflict"));
    }

    @Test
    void refusesAnUnknownUnitListingTheVocabulary() {
        Map<String, Object> body = evidence(unique("Average house price"));
        body.put("unit", "pounds");

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].message", containsString("unknown unit 'pounds'; use one of count, percent"))
                .body("errors[0].message", containsString("GBP_per_head, count_per_1000_people"));
    }

    @Test
    void acceptsUnitsWithADenominator() {
        Map<String, Object> perHead = evidence(unique("Police funding per head"));
        perHead.put("unit", "GBP_per_head");
        Map<String, Object> perThousand = evidence(unique("Crime rate"));
        perThousand.put("unit", "count_per_1000_people");

        given().contentType(ContentType.JSON).body(perHead).when().post(EVIDENCE)
                .then().statusCode(201).body("unit", equalTo("GBP_per_head"));
        given().contentType(ContentType.JSON).body(perThousand).when().post(EVIDENCE)
                .then().statusCode(201).body("unit", equalTo("count_per_1000_people"));
    }

    @Test
    void listsEveryUnusableFieldAtOnce() {
        Map<String, Object> body = evidence(unique("Population"));
        body.put("periodStart", "2021-01-01");
        body.remove("place");
        body.remove("placeCode");
        body.put("unit", "people");

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors.field", hasItems("unit", "periodEnd", "place"));
    }

    @Test
    void refusesMissingFieldsAndHugeValuesWith400() {
        Map<String, Object> body = evidence(" ");
        body.put("value", 1e16);
        body.remove("periodEnd");

        given().contentType(ContentType.JSON).body(body)
                .when().post(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItems("metric", "value", "periodEnd"));
    }
}
