package org.factcheck.evidence.importer;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.BARNET_CODE;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.POLICE_WORKFORCE_CSV;
import static org.factcheck.TestData.csv;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.evidenceCount;
import static org.factcheck.TestData.importCsv;
import static org.factcheck.TestData.importCsvSkippingBadRows;
import static org.factcheck.TestData.place;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueCode;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportCsvTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Test
    void importsQuotedCommasQuotesAndLineBreaks() {
        String word = uniqueWord();
        String quote = "Table 1: Police officers by force\r\nrow \"Metropolitan Police\" | column Sep-17: 30,871";
        String file = CSV_HEADER + "\r\n"
                + csvRow("Police officers, FTE " + word, "30871.22") + "\r\n"
                + csvRow("Police staff, FTE " + word, BARNET, "", "14250", "count", quote) + "\r\n";

        importCsv(file)
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped", equalTo(0))
                .body("placesCreated", equalTo(0))
                .body("errors", empty());

        given().queryParam("q", word).when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.find { it.metric == 'Police officers, FTE " + word + "' }.value", equalTo(30871.22f))
                .body("items.find { it.metric == 'Police staff, FTE " + word + "' }.quote", equalTo(quote))
                .body("items.place.code", everyItem(equalTo(BARNET_CODE)));
    }

    @Test
    void keepsUtf8TextAndEveryDigitOfTheValue() {
        String word = uniqueWord();
        String island = unique("Ynys Môn");
        String file = csv("\uFEFF" + CSV_HEADER,
                csvRow("Police grant " + word, island, "", "85200000.0000001", "GBP", "£85.2m — “core grant”"));

        importCsv(file).statusCode(200).body("imported", equalTo(1)).body("placesCreated", equalTo(1));

        String body = given().queryParam("q", word).when().get(EVIDENCE).then().statusCode(200)
                .body("items[0].place.name", equalTo(island))
                .body("items[0].quote", equalTo("£85.2m — “core grant”"))
                .extract().asString();
        assertTrue(body.contains("\"value\":85200000.0000001"), body);
    }

    @Test
    void addsUnknownPlacesOnceWithKindUnknown() {
        String word = uniqueWord();
        String village = unique("Great Snoring");
        String code = uniqueCode();
        String file = csv(CSV_HEADER,
                csvRow("Households " + word, village, code, "120", "count", "q"),
                csvRow("Dwellings " + word, village.toUpperCase(), code, "130", "count", "q"));

        importCsv(file).statusCode(200).body("imported", equalTo(2)).body("placesCreated", equalTo(1));

        given().queryParam("q", village).when().get("/api/v1/places")
                .then().statusCode(200)
                .body("items[0].name", equalTo(village))
                .body("items[0].code", equalTo(code))
                .body("items[0].kind", equalTo("unknown"));
        given().queryParam("q", word).when().get(EVIDENCE)
                .then().body("items.place.name", everyItem(equalTo(village)));
    }

    @Test
    void refusesTwoCodesForOneNewPlace() {
        String village = unique("Little Walsingham");
        String firstCode = uniqueCode();
        String file = csv(CSV_HEADER,
                csvRow(unique("Households"), village, firstCode, "120", "count", "q"),
                csvRow(unique("Dwellings"), village.toLowerCase(), uniqueCode(), "130", "count", "q"));

        importCsv(file)
                .spec(problem(422, "import-rejected"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("placeCode"))
                .body("errors[0].line", equalTo(3));
        importCsvSkippingBadRows(file).statusCode(200).body("imported", equalTo(1)).body("placesCreated", equalTo(1));
        given().queryParam("q", village).when().get("/api/v1/places")
                .then().body("items[0].name", equalTo(village)).body("items[0].code", equalTo(firstCode));
    }

    @Test
    void refusesOneNewCodeForTwoPlaces() {
        String code = uniqueCode();
        String file = csv(CSV_HEADER,
                csvRow(unique("Households"), unique("Wells"), code, "120", "count", "q"),
                csvRow(unique("Dwellings"), unique("Next-the-Sea"), code, "130", "count", "q"));

        importCsv(file)
                .spec(problem(422, "import-rejected"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("placeCode"))
                .body("errors[0].line", equalTo(3));
    }

    @Test
    void resolvesAPlaceByItsAlias() {
        String ward = unique("Finchley ward");
        String alias = unique("Finchley");
        int placeId = given().contentType(ContentType.JSON).body(place(ward, "ward", BARNET))
                .when().post("/api/v1/places").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("alias", alias))
                .when().post("/api/v1/places/" + placeId + "/aliases").then().statusCode(200);
        String word = uniqueWord();

        importCsv(csv(CSV_HEADER, csvRow("Households " + word, alias.toLowerCase(), "", "5", "count", "q")))
                .statusCode(200).body("imported", equalTo(1)).body("placesCreated", equalTo(0));

        given().queryParam("q", word).when().get(EVIDENCE)
                .then().body("items[0].place.id", equalTo(placeId));
    }

    @Test
    void citesAStoredSourceById() {
        int sourceId = given().contentType(ContentType.JSON).body(source(unique("Stored release")))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
        String word = uniqueWord();
        String file = csv("metric,place,periodStart,periodEnd,value,unit,sourceId",
                "Households " + word + "," + BARNET + ",2020-01-01,2020-12-31,5," + "count," + sourceId);

        importCsv(file).statusCode(200).body("imported", equalTo(1)).body("sourcesCreated", equalTo(0));

        given().queryParam("q", word).when().get(EVIDENCE).then().body("items[0].source.id", equalTo(sourceId));
        importCsv(csv("metric,place,periodStart,periodEnd,value,unit,sourceId",
                "Households " + word + ",Barnet,2021-01-01,2021-12-31,5,count,999999999"))
                .spec(problem(422, "import-rejected"))
                .body("errors[0].field", equalTo("sourceId"))
                .body("errors[0].line", equalTo(2));
    }

    @Test
    void importsAWholeHomeOfficeWorkforceFile() throws IOException {
        String word = uniqueWord();
        String file = policeWorkforceCsv(word, Integer.MAX_VALUE);
        long before = evidenceCount();

        importCsv(file)
                .statusCode(200)
                .body("imported", equalTo(1912))
                .body("skipped", equalTo(0))
                .body("placesCreated", equalTo(0))
                .body("sourcesCreated", equalTo(0));

        assertEquals(before + 1912, evidenceCount());
        given().queryParam("q", word).queryParam("place", "North East")
                .queryParam("from", "2014-09-30").queryParam("to", "2014-09-30")
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("items.find { it.metric == '" + word + " Police officers (FTE)' }.value", equalTo(6092.46f))
                .body("items.find { it.metric == '" + word + " Police officers (FTE)' }.source.publisher",
                        equalTo("Home Office"));
    }

    @Test
    void reportsRowsThatAreAlreadyStored() throws IOException {
        String file = policeWorkforceCsv(null, 3);

        importCsv(file)
                .spec(problem(422, "import-rejected"))
                .body("errors.line", contains(2, 3, 4))
                .body("errors.field", everyItem(equalTo("metric")))
                .body("errors.message", everyItem(startsWith("already stored as evidence ")));
    }

    @Test
    void reportsADuplicateWithinTheFileByItsFirstLine() {
        String metric = unique("Households");
        String file = csv(CSV_HEADER,
                csvRow(metric, "10"),
                csvRow(unique("Dwellings"), "11"),
                csvRow(metric, BARNET.toUpperCase(), "", "12", "count", "another quote"));

        importCsv(file)
                .spec(problem(422, "import-rejected"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].message", startsWith("duplicate of line 2"));
    }

    @Test
    void skipsDuplicatesAndStoredRowsAndImportsTheRestWithTheirNewPlace() {
        String stored = unique("Households");
        importCsv(csv(CSV_HEADER, csvRow(stored, "1"))).statusCode(200);
        String metric = unique("Dwellings");
        String place = unique("Skip Parish");
        String code = uniqueCode();
        String file = csv(CSV_HEADER,
                csvRow(metric, place, code, "10", "count", "q"),
                csvRow(stored, "1"),
                csvRow(unique("Rough sleepers"), place, code, "11", "count", "q"),
                csvRow(metric, place, code, "12", "count", "the same record again"));

        importCsvSkippingBadRows(file)
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("skipped", equalTo(2))
                .body("placesCreated", equalTo(1))
                .body("errors.line", contains(3, 5))
                .body("errors[0].message", startsWith("already stored as evidence "))
                .body("errors[1].message", startsWith("duplicate of line 2"));
        given().queryParam("place", place).when().get(EVIDENCE)
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void listsDuplicatesBesideOtherProblemsWhenTheFileIsRefused() {
        String metric = unique("Households");
        String file = csv(CSV_HEADER,
                csvRow(metric, "10"),
                csvRow(unique("Dwellings"), BARNET, BARNET_CODE, "11", "pounds", "q"),
                csvRow(metric, "12"));

        importCsv(file)
                .spec(problem(422, "import-rejected"))
                .body("errors.line", contains(3, 4))
                .body("errors.field", contains("unit", "metric"))
                .body("errors[1].message", startsWith("duplicate of line 2"));
    }

    @Test
    void refusesAPlaceWhoseNameAndCodeDisagree() {
        importCsv(csv(CSV_HEADER, csvRow(unique("Households"), BARNET, "E09000002", "10", "count", "q")))
                .spec(problem(422, "import-rejected"))
                .body("errors[0].field", equalTo("placeCode"))
                .body("errors[0].line", equalTo(2));
    }

    /** police-workforce.csv with each metric prefixed by the word (none if null), cut after some data rows. */
    private static String policeWorkforceCsv(String word, int rows) throws IOException {
        ClassLoader resources = Thread.currentThread().getContextClassLoader();
        try (InputStream in = resources.getResourceAsStream(POLICE_WORKFORCE_CSV)) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n"));
            assertEquals(CSV_HEADER, lines.get(0));
            return lines.stream().limit(1L + rows)
                    .map(line -> word == null || line == lines.get(0) ? line : word + " " + line)
                    .collect(Collectors.joining("\r\n", "", "\r\n"));
        }
    }
}
