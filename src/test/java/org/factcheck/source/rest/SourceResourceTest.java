package org.factcheck.source.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.CENSUS_SOURCE_TITLE;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    private static final String SOURCES = "/api/v1/sources";

    @Test
    void storesANewSourceThenReturnsTheStoredOneForAnIdenticalRequest() {
        Map<String, Object> body = source(unique("Police workforce, England and Wales"));

        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).body(body)
                .when().post(SOURCES)
                .then().statusCode(201)
                .body("title", equalTo(body.get("title")))
                .body("publisher", equalTo("factcheck tests"))
                .body("publishedOn", equalTo("2021-01-15"))
                .extract();
        int id = first.path("id");
        assertThat(first.header("Location"), endsWith(SOURCES + "/" + id));

        given().contentType(ContentType.JSON).body(body)
                .when().post(SOURCES)
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo(id));
    }

    @Test
    void treatsCaseAndOuterSpacesAsTheSameSource() {
        Map<String, Object> body = source(unique("Rough Sleeping Statistics"));
        int id = given().contentType(ContentType.JSON).body(body)
                .when().post(SOURCES).then().statusCode(201).extract().path("id");
        Map<String, Object> shouted = source("  " + ((String) body.get("title")).toUpperCase() + " ");
        shouted.put("publisher", " FACTCHECK TESTS");

        given().contentType(ContentType.JSON).body(shouted)
                .when().post(SOURCES)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo(body.get("title")));
    }

    @Test
    void keepsSourcesThatDifferInDateOrUrlApart() {
        Map<String, Object> body = source(unique("Police grant report"));
        int id = given().contentType(ContentType.JSON).body(body)
                .when().post(SOURCES).then().statusCode(201).extract().path("id");
        Map<String, Object> laterEdition = source((String) body.get("title"));
        laterEdition.put("publishedOn", "2022-01-15");
        Map<String, Object> otherUrl = source((String) body.get("title"));
        otherUrl.put("url", "https://example.org/tests/other");
        Map<String, Object> noDate = source((String) body.get("title"));
        noDate.remove("publishedOn");

        for (Map<String, Object> other : List.of(laterEdition, otherUrl, noDate)) {
            given().contentType(ContentType.JSON).body(other)
                    .when().post(SOURCES)
                    .then().statusCode(201)
                    .body("id", not(equalTo(id)));
        }
    }

    @Test
    void reusesAStoredSourceThatEvidenceQuotesInline() {
        Map<String, Object> release = source(unique("Housing supply release"));
        int id = given().contentType(ContentType.JSON).body(release)
                .when().post(SOURCES).then().statusCode(201).extract().path("id");
        Map<String, Object> record = evidence(unique("Affordable homes started"));
        record.put("source", release);

        given().contentType(ContentType.JSON).body(record)
                .when().post("/api/v1/evidence")
                .then().statusCode(201)
                .body("source.id", equalTo(id));
    }

    @Test
    void storesAnInlineSourceOnceForTwoRecords() {
        Map<String, Object> release = source(unique("Crime release"));
        Map<String, Object> first = evidence(unique("Burglaries"));
        first.put("source", release);
        Map<String, Object> second = evidence(unique("Robberies"));
        second.put("source", release);

        int firstSource = given().contentType(ContentType.JSON).body(first)
                .when().post("/api/v1/evidence").then().statusCode(201).extract().path("source.id");
        int secondSource = given().contentType(ContentType.JSON).body(second)
                .when().post("/api/v1/evidence").then().statusCode(201).extract().path("source.id");

        assertEquals(firstSource, secondSource);
        given().contentType(ContentType.JSON).body(release)
                .when().post(SOURCES).then().statusCode(200).body("id", equalTo(firstSource));
    }

    @Test
    void readsAndSearchesSources() {
        Map<String, Object> release = source(unique("Census religion tables"));
        int id = given().contentType(ContentType.JSON).body(release)
                .when().post(SOURCES).then().statusCode(201).extract().path("id");

        given().when().get(SOURCES + "/" + id)
                .then().statusCode(200).body("title", equalTo(release.get("title")));
        given().queryParam("q", "DC2107EW Religion")
                .when().get(SOURCES)
                .then().statusCode(200)
                .body("items.title", hasItem(CENSUS_SOURCE_TITLE));
        given().queryParam("q", "Office for National Statistics")
                .when().get(SOURCES)
                .then().statusCode(200)
                .body("items.title", hasItem(CENSUS_SOURCE_TITLE));
    }

    @Test
    void answers404ForAnUnknownSource() {
        given().when().get(SOURCES + "/999999999")
                .then().spec(problem(404, "not-found")).body("detail", equalTo("no source with id 999999999"));
    }

    @Test
    void refusesASourceWithoutTitleOrWithAUrlThatIsNotHttp() {
        Map<String, Object> untitled = source(" ");
        Map<String, Object> ftp = source(unique("Old release"));
        ftp.put("url", "ftp://example.org/release.ods");

        given().contentType(ContentType.JSON).body(untitled)
                .when().post(SOURCES)
                .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body(ftp)
                .when().post(SOURCES)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", equalTo("must be an http(s) URL"));
    }

    @Test
    void refusesAnInlineSourceWithoutPublisherNamingTheNestedField() {
        Map<String, Object> record = evidence(unique("Households"));
        Map<String, Object> release = source(unique("Anonymous release"));
        release.remove("publisher");
        record.put("source", release);

        given().contentType(ContentType.JSON).body(record)
                .when().post("/api/v1/evidence")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("source.publisher"));
    }
}
