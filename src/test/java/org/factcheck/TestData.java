package org.factcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared fixtures of the test suite: facts of the bundled demo evidence pack (loaded into the test database at
 * start), builders for request bodies and import files with unique names, and the problem+json response check.
 */
public final class TestData {

    // --- Demo evidence pack (src/main/resources/demo-data), loaded by the test profile ---------------------------

    public static final String BARNET = "Barnet";
    public static final String BARNET_CODE = "E09000003";
    public static final String BARKING_CODE = "E09000002";
    public static final String LONDON = "London";
    public static final String MET_POLICE = "Metropolitan Police";
    public static final String MET_POLICE_CODE = "E23000001";
    /** Census day 2011: the period of every census-2011-religion.csv row. */
    public static final String CENSUS_DAY = "2011-03-27";
    public static final String JEWISH_SHARE = "Jewish population share (Census 2011)";
    /** Barnet's Jewish population share on census day, in percent (54084 of 356386). */
    public static final float BARNET_JEWISH_SHARE = 15.18f;
    public static final String CENSUS_SOURCE_TITLE = "2011 Census: DC2107EW Religion by sex by age (local authorities)";
    public static final String POLICE_OFFICERS_FTE = "Police officers (FTE)";
    /** Rows of police-workforce.csv with metric "Police officers (FTE)". */
    public static final int POLICE_OFFICERS_FTE_ROWS = 602;
    public static final String POLICE_WORKFORCE_CSV = "demo-data/police-workforce.csv";
    /** Evidence rows in the six evidence files of the pack. */
    public static final int DEMO_EVIDENCE_ROWS = 22_821;
    /** Rows of places.csv and places-extra.csv. */
    public static final int DEMO_PLACES = 410;

    // --- Import files ----------------------------------------------------------------------------------------------

    /** RestAssured would otherwise add charset=ISO-8859-1 to a text/* body and encode it so. */
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";
    public static final String NDJSON = "application/x-ndjson";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPES = "https://factcheck.dev/problems/";
    /** The header of the bundled evidence files, without sourceId. */
    public static final String CSV_HEADER = "metric,place,placeCode,periodStart,periodEnd,periodLabel,value,unit,"
            + "sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn,quote,notes";

    public static final String TEST_SOURCE = "Test suite source";
    public static final String TEST_PUBLISHER = "factcheck tests";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TestData() {
    }

    /** A name no other test and no demo row uses: "{prefix} t{run}-{n}". */
    public static String unique(String prefix) {
        return prefix + " t" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * Letters for the hex digits of {@link #uniqueWord}: consonants the English stemmer never strips (no vowels, no
     * s, l or y), so two words never share a stem. With the letters a-p, "...b", "...be" and "...bed" all stemmed to
     * "...b", and a search for one unique word found others (EvidenceSearchTest failed now and then).
     */
    private static final String WORD_LETTERS = "bcdfghjkmnpqrtvw";

    /** A made-up word (letters only) that no other test and no demo row contains, for full-text search. */
    public static String uniqueWord() {
        String digits = RUN + Long.toHexString(SEQUENCE.incrementAndGet());
        StringBuilder word = new StringBuilder("zq");
        for (char c : digits.toCharArray()) {
            word.append(WORD_LETTERS.charAt(Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A letters-and-digits place code no other test and no demo place uses. */
    public static String uniqueCode() {
        return "T" + RUN.replaceAll("[^A-Za-z0-9]", "") + SEQUENCE.incrementAndGet();
    }

    /** A CSV import file: the lines joined with LF, ending with one. */
    public static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A valid CSV data row for {@link #CSV_HEADER}: a count at Barnet for 2020 from the test suite's source. */
    public static String csvRow(String metric, String value) {
        return csvRow(metric, BARNET, BARNET_CODE, value, "count", "Table 1 | row Barnet | column 2020: " + value);
    }

    /** A CSV data row for {@link #CSV_HEADER} for 2020 from the test suite's source; every field quoted. */
    public static String csvRow(String metric, String place, String placeCode, String value, String unit,
                                String quote) {
        return String.join(",", quoted(metric), quoted(place), quoted(placeCode), "2020-01-01", "2020-12-31",
                "2020", quoted(value), quoted(unit), quoted(TEST_SOURCE), quoted(TEST_PUBLISHER),
                "https://example.org/tests", "2021-01-15", quoted(quote), "");
    }

    /** The field quoted as RFC 4180 says: in double quotes, with inner quotes doubled. */
    public static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    // --- JSON request bodies ---------------------------------------------------------------------------------------

    /** A valid evidence request: a count at Barnet for 2020 with an inline source. Change fields with put(). */
    public static Map<String, Object> evidence(String metric) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("place", BARNET);
        body.put("placeCode", BARNET_CODE);
        body.put("periodStart", "2020-01-01");
        body.put("periodEnd", "2020-12-31");
        body.put("periodLabel", "2020");
        body.put("value", 42);
        body.put("unit", "count");
        body.put("source", source(TEST_SOURCE));
        body.put("quote", "Table 1 | row Barnet | column 2020: 42");
        return body;
    }

    /** The value as one line of JSON, for NDJSON files. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source request from the test suite's publisher. */
    public static Map<String, Object> source(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("publisher", TEST_PUBLISHER);
        body.put("url", "https://example.org/tests");
        body.put("publishedOn", "2021-01-15");
        return body;
    }

    /** A place request. */
    public static Map<String, Object> place(String name, String kind, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parent", parent);
        return body;
    }

    // --- Calls and checks ------------------------------------------------------------------------------------------

    /** Stores an evidence request through the API and returns the new record's id. */
    public static long createEvidence(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evidence")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** POSTs a file to the bulk import; onError may be null. */
    public static ValidatableResponse importFile(String contentType, byte[] body, String onError) {
        RequestSpecification request = given().contentType(contentType).body(body);
        if (onError != null) {
            request.queryParam("onError", onError);
        }
        return request.when().post("/api/v1/evidence/import").then();
    }

    /** POSTs a UTF-8 CSV file to the bulk import, all or nothing. */
    public static ValidatableResponse importCsv(String file) {
        return importFile(CSV_UTF8, file.getBytes(StandardCharsets.UTF_8), null);
    }

    /** POSTs a UTF-8 CSV file to the bulk import with onError=skip. */
    public static ValidatableResponse importCsvSkippingBadRows(String file) {
        return importFile(CSV_UTF8, file.getBytes(StandardCharsets.UTF_8), "skip");
    }

    /** POSTs UTF-8 NDJSON lines (joined with LF) to the bulk import; onError may be null. */
    public static ValidatableResponse importNdjson(String onError, String... lines) {
        return importFile(NDJSON, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), onError);
    }

    /** How many evidence records the database holds (in SQL: the API stops counting at 1,000). */
    public static long evidenceCount() {
        return longs("select count(*) from evidence").get(0);
    }

    /** How many evidence records match the words as the search API's q does (in SQL, not capped). */
    public static long evidenceMatching(String words) {
        return longs("select count(*) from evidence where search @@ websearch_to_tsquery('english', ?)", words)
                .get(0);
    }

    /** The ids of the newest {@code n} records matching the words, read in SQL (no window, no ranking). */
    public static List<Long> newestEvidenceMatching(String words, int n) {
        return longs("select id from evidence where search @@ websearch_to_tsquery('english', ?) order by id desc "
                + "limit ?", words, n);
    }

    /** The first column of every row of a query, read over JDBC outside the test's transaction. */
    private static List<Long> longs(String sql, Object... parameters) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * An RFC 9457 answer: the status, {@code application/problem+json}, the problem type under
     * https://factcheck.dev/problems/, the same status in the body, a title and a detail.
     */
    public static ResponseSpecification problem(int status, String type) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(PROBLEM_JSON))
                .expectBody("type", equalTo(PROBLEM_TYPES + type))
                .expectBody("status", equalTo(status))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("detail", not(emptyOrNullString()))
                .build();
    }
}
