package org.factcheck.evidence.importer;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.TEST_PUBLISHER;
import static org.factcheck.TestData.TEST_SOURCE;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.evidenceCount;
import static org.factcheck.TestData.importNdjson;
import static org.factcheck.TestData.json;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportNdjsonTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    /** One NDJSON record with the source given flat, as the CSV columns name it. */
    private static Map<String, Object> flat(String metric) {
        Map<String, Object> record = new LinkedHashMap<>(evidence(metric));
        record.remove("source");
        record.put("sourceTitle", TEST_SOURCE);
        record.put("sourcePublisher", TEST_PUBLISHER);
        record.put("sourceUrl", "https://example.org/tests");
        record.put("sourcePublishedOn", "2021-01-15");
        return record;
    }

    @Test
    void importsFlatAndNestedRecordsSkippingBlankLines() {
        String word = uniqueWord();
        Map<String, Object> nested = evidence("Christian population share " + word);
        nested.put("value", "67.37");
        nested.put("unit", "percent");
        String release = unique("Census release");
        nested.put("source", source(release));
        nested.put("placeCode", null);

        importNdjson(null, json(flat("Households " + word)), "", "   ", json(nested))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped", equalTo(0))
                .body("errors", empty());

        given().queryParam("q", word).when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.place.name", everyItem(equalTo(BARNET)))
                .body("items.find { it.unit == 'percent' }.value", equalTo(67.37f))
                .body("items.find { it.unit == 'percent' }.source.title", equalTo(release))
                .body("items.find { it.unit == 'percent' }.source.publishedOn", equalTo("2021-01-15"))
                .body("items.find { it.unit == 'percent' }.source.url", equalTo("https://example.org/tests"));
    }

    @Test
    void takesAStoredSourceFromANestedId() {
        int sourceId = given().contentType(ContentType.JSON).body(source(unique("Stored release")))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
        String word = uniqueWord();
        Map<String, Object> record = evidence("Households " + word);
        record.put("source", Map.of("id", sourceId));

        importNdjson(null, json(record))
                .statusCode(200).body("imported", equalTo(1)).body("sourcesCreated", equalTo(0));

        given().queryParam("q", word).when().get(EVIDENCE).then().body("items[0].source.id", equalTo(sourceId));
    }

    @Test
    void keepsEveryDigitOfAJsonNumber() {
        String word = uniqueWord();
        String line = json(flat("Average house price " + word))
                .replace("\"value\":42", "\"value\":1234567.891234567891");

        importNdjson(null, line).statusCode(200).body("imported", equalTo(1));

        String body = given().queryParam("q", word).when().get(EVIDENCE).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"value\":1234567.891234567891"), body);
    }

    @Test
    void refusesAJsonNumberOfOneQuadrillionOrMore() {
        String line = json(flat(unique("Households"))).replace("\"value\":42", "\"value\":1e309");

        importNdjson(null, line)
                .spec(problem(422, "import-rejected"))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("must be smaller than 1e15 in size"));
    }

    @Test
    void listsLinesThatAreNotJsonObjectsByTheirLineNumber() {
        long before = evidenceCount();

        importNdjson(null, json(flat(unique("Households"))), "[1, 2]", "", "\"Barnet\"", "42", "null",
                "{\"metric\": \"Dwellings\"", json(flat(unique("Dwellings"))))
                .spec(problem(422, "import-rejected"))
                .body("detail", startsWith("5 of 7 records are invalid; nothing was imported"))
                .body("errors.line", contains(2, 4, 5, 6, 7))
                .body("errors.field", everyItem(equalTo("record")))
                .body("errors[0].message", equalTo("the line is not a JSON object"))
                .body("errors[4].message", startsWith("the line is not valid JSON"));

        assertEquals(before, evidenceCount());
    }

    @Test
    void importsTheGoodLinesWhenAskedToSkipTheBadOnes() {
        String word = uniqueWord();
        Map<String, Object> badUnit = flat("Dwellings " + word);
        badUnit.put("unit", "homes");

        importNdjson("skip", json(flat("Households " + word)), "[]", json(badUnit), json(flat("Jobs " + word)))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped", equalTo(2))
                .body("errors.line", contains(2, 3))
                .body("errors[1].field", equalTo("unit"));

        given().queryParam("q", word).when().get(EVIDENCE).then().body("totalItems", equalTo(2));
    }

    @Test
    void refusesAFieldThatIsAnObjectOrAList() {
        Map<String, Object> nestedPlace = flat(unique("Households"));
        nestedPlace.put("place", Map.of("name", BARNET));
        Map<String, Object> listValue = flat(unique("Households"));
        listValue.put("value", List.of(1, 2));

        importNdjson(null, json(nestedPlace), json(listValue))
                .spec(problem(422, "import-rejected"))
                .body("errors.line", contains(1, 2))
                .body("errors[0].message", equalTo("the line has a field 'place' that is not a text or a number"))
                .body("errors[1].message", equalTo("the line has a field 'value' that is not a text or a number"));
    }

    @Test
    void refusesAFieldThatIsNotPartOfAnEvidenceRecord() {
        Map<String, Object> record = flat(unique("Households"));
        record.put("colour", "blue");

        importNdjson(null, json(record))
                .spec(problem(422, "import-rejected"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].line", equalTo(1));
    }

    @Test
    void importsNothingFromAnEmptyFile() {
        importNdjson(null, "").statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(0));
    }

    @Test
    void reportsInFileDuplicatesAcrossFlatAndNestedSources() {
        String metric = unique("Households");
        Map<String, Object> nested = evidence(metric);
        nested.put("place", BARNET.toLowerCase());

        importNdjson(null, json(flat(metric)), json(nested))
                .spec(problem(422, "import-rejected"))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", startsWith("duplicate of line 1"));
    }
}
