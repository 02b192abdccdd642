package org.factcheck.evidence.importer;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.CSV_UTF8;
import static org.factcheck.TestData.csv;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.evidenceCount;
import static org.factcheck.TestData.importCsv;
import static org.factcheck.TestData.importCsvSkippingBadRows;
import static org.factcheck.TestData.importFile;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ImportRejectionTest {

    /**
     * Seven records over ten lines (after the header): records start on lines 2, 3, 6, 7, 8, 9 and 11; the record
     * on line 3 holds a quote of three lines and the one on line 9 notes of two. Lines 6 and 11 are bad.
     */
    private static String fileWithTwoBadRecords(String word) {
        return CSV_HEADER + "\r\n"
                + csvRow("Households " + word, "100") + "\r\n"
                + csvRow("Dwellings " + word, BARNET, "", "200", "count", "Table 3\r\nrow Barnet\r\ncolumn 2020: 200")
                + "\r\n"
                + csvRow("Vacant dwellings " + word, "NaN") + "\r\n"
                + csvRow("Second homes " + word, "40") + "\r\n"
                + csvRow("Empty homes " + word, "50") + "\r\n"
                + csvRow("Rough sleepers " + word, BARNET, "", "60", "count", "q")
                        .replaceFirst(",$", ",\"first line of notes\nsecond line of notes\"") + "\r\n"
                + csvRow("Council homes " + word, BARNET, "", "70", "pounds", "q") + "\r\n";
    }

    @Test
    void importsNothingFromAFileWithBadRecordsAndListsThemByLine() {
        String word = uniqueWord();
        long before = evidenceCount();

        importCsv(fileWithTwoBadRecords(word))
                .spec(problem(422, "import-rejected"))
                .body("detail", equalTo("2 of 7 records are invalid; nothing was imported "
                        + "(use onError=skip to import the good ones)"))
                .body("errors.line", contains(6, 11))
                .body("errors.field", contains("value", "unit"))
                .body("errors[0].message", containsString("'NaN' is not a plain number"))
                .body("errors[1].message", containsString("unknown unit 'pounds'"));

        assertEquals(before, evidenceCount());
        given().queryParam("q", word).when().get("/api/v1/evidence").then().body("totalItems", equalTo(0));
    }

    @Test
    void importsTheGoodRecordsWhenAskedToSkipTheBadOnes() {
        String word = uniqueWord();
        long before = evidenceCount();

        importCsvSkippingBadRows(fileWithTwoBadRecords(word))
                .statusCode(200)
                .body("imported", equalTo(5))
                .body("skipped", equalTo(2))
                .body("errors.line", contains(6, 11));

        assertEquals(before + 5, evidenceCount());
        given().queryParam("q", word).queryParam("size", 10).when().get("/api/v1/evidence")
                .then().body("totalItems", equalTo(5))
                .body("items.metric", hasItems("Households " + word, "Dwellings " + word, "Rough sleepers " + word))
                .body("items.find { it.metric == 'Rough sleepers " + word + "' }.notes",
                        equalTo("first line of notes\nsecond line of notes"));
    }

    @Test
    void refusesAHeaderWithAnUnknownColumn() {
        importCsv(csv(CSV_HEADER + ",colour", csvRow(unique("Households"), "1") + ",red"))
                .spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].line", equalTo(1))
                .body("errors[0].message", containsString("unknown column; the columns are metric, place, "));
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        importCsv(csv("metric,place,periodStart,periodEnd,unit,sourceTitle,sourcePublisher",
                unique("Households") + ",Barnet,2020-01-01,2020-12-31,count,S,P"))
                .spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("required column is missing from the header"));
    }

    @Test
    void refusesAnEmptyFile() {
        importCsv("")
                .spec(problem(400, "bad-request"))
                .body("detail", equalTo("the CSV file is empty; it needs a header row naming the fields"));
        importCsv("\r\n\r\n").spec(problem(400, "bad-request"));
    }

    @Test
    void importsNothingFromAHeaderAlone() {
        importCsv(csv(CSV_HEADER)).statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(0));
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheLineWhereItOpens() {
        long before = evidenceCount();
        String file = csv(CSV_HEADER, csvRow(unique("Households"), "1"))
                + "\"" + unique("Dwellings") + ",Barnet,,2020-01-01,2020-12-31,2020,2,count,S,P,,,q,\n";

        importCsv(file)
                .spec(problem(400, "validation"))
                .body("detail", equalTo("malformed CSV at line 3: a quoted field is not closed before the end of "
                        + "the file"))
                .body("errors[0].line", equalTo(3));

        assertEquals(before, evidenceCount());
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        importCsv(csv(CSV_HEADER, "\"Households\"x,Barnet,,2020-01-01,2020-12-31,2020,1,count,S,P,,,q,"))
                .spec(problem(400, "validation"))
                .body("errors[0].line", equalTo(2));
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"F4", "C3 28", "80", "ED A0 80"})
    void refusesAFileThatIsNotUtf8(String hex) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(csv(CSV_HEADER).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(unique("Households").getBytes(StandardCharsets.UTF_8));
        for (String b : hex.split(" ")) {
            body.write(Integer.parseInt(b, 16));
        }
        body.writeBytes(",Barnet,,2020-01-01,2020-12-31,2020,1,count,S,P,,,q,\n".getBytes(StandardCharsets.UTF_8));
        long before = evidenceCount();

        importFile(CSV_UTF8, body.toByteArray(), "skip")
                .spec(problem(400, "bad-request"))
                .body("detail", containsString("(is it UTF-8?)"));

        assertEquals(before, evidenceCount());
    }

    @Test
    void reportsARecordWithTooFewFields() {
        importCsv(csv(CSV_HEADER, unique("Households") + ",Barnet,E09000003"))
                .spec(problem(422, "import-rejected"))
                .body("errors.find { it.field == 'record' }.message", equalTo("has 3 fields where the header has 14"))
                .body("errors.line", everyItem(equalTo(2)));
    }

    @Test
    void refusesAnUnknownOnErrorMode() {
        long before = evidenceCount();

        importFile(CSV_UTF8, csv(CSV_HEADER, csvRow(unique("Households"), "1")).getBytes(StandardCharsets.UTF_8),
                "bogus")
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("onError"));

        assertEquals(before, evidenceCount());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "text/plain", "application/vnd.ms-excel", "multipart/form-data"})
    void refusesAFileOfAnotherContentType(String contentType) {
        importFile(contentType, csv(CSV_HEADER).getBytes(StandardCharsets.UTF_8), null)
                .spec(problem(415, "unsupported-media-type"));
    }
}
