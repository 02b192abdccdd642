package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.factcheck.TestData;
import org.factcheck.apikey.AdminKeyCallback;
import org.factcheck.hostile.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests for defects HostileInputTest found: each once answered 500, a bare status or an unnamed field. */
@QuarkusTest
class MalformedRequestTest {

    private static final String CHECKS = "/api/v1/checks";
    private static final String CLAIM = "{\"text\": \"Barnet has the highest proportion of Jewish residents\"}";
    private static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + AdminKeyCallback.ADMIN_KEY);

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"json", "/", "application/json, text/plain", "*/*", "application/*"})
    void answersAContentTypeThatIsNotAMediaTypeWith415NamingTheHeader(String contentType) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", CHECKS, ADMIN, contentType, bytes(CLAIM), false,
                10_000);

        assertEquals(415, answer.status());
        assertTrue(answer.contentType().startsWith(TestData.PROBLEM_JSON), answer.contentType());
        assertEquals("Content-Type", json(answer).path("errors").path(0).path("field").asText());
    }

    @ParameterizedTest(name = "GET with Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "json", "application/json"})
    void ignoresABodyAndItsContentTypeOnGet(String contentType) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/v1/api-keys", ADMIN, contentType,
                bytes("not json at all"), false, 10_000);

        assertEquals(200, answer.status(), answer.body());
    }

    @ParameterizedTest(name = "owner: {0}")
    @ValueSource(strings = {"true", "42", "1.5e3"})
    void refusesANumberOrBooleanWhereTheDocumentSaysText(String value) {
        given().contentType(ContentType.JSON).body("{\"owner\": " + value + ", \"roles\": [\"reader\"]}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(400).contentType(TestData.PROBLEM_JSON)
                .body("errors[0].field", equalTo("owner"));
    }

    @Test
    void refusesIdsAndNumbersWrittenInDigitsOtherThanAscii() {
        // "１２" in fullwidth digits: Java's Long.parseLong reads it as 12, and DELETE revoked key 12
        given().when().delete("/api/v1/api-keys/\uFF11\uFF12")
                .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("path"));
        given().queryParam("size", "\uFF15").when().get("/api/v1/evidence")
                .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("size"));
    }

    @ParameterizedTest(name = "stale={0}")
    @ValueSource(strings = {"yes", "1", "abc"})
    void refusesABooleanParameterThatIsNeitherTrueNorFalse(String value) {
        // Java reads anything but "true" as false: ?store=yes would have stored nothing, silently
        given().queryParam("stale", value).when().get("/api/v1/claims")
                .then().statusCode(400).contentType(TestData.PROBLEM_JSON).body("errors[0].field", equalTo("stale"));
    }

    @Test
    void namesABlankNumberParameter() {
        given().contentType(ContentType.JSON).queryParam("threshold", "  \t ")
                .body("{\"body\": \"Barnet has 15 per cent Jewish residents.\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType(TestData.PROBLEM_JSON).body("errors[0].field", equalTo("threshold"));
    }

    @Test
    void refusesADateWrittenAsAnArray() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Barnet has 15 per cent Jewish residents\", "
                        + "\"statedOn\": [2018, 4, 14]}")
                .when().post("/api/v1/claims")
                .then().statusCode(400).contentType(TestData.PROBLEM_JSON).body("errors[0].field", equalTo("statedOn"));
    }

    @Test
    void answersAVeryLongQueryStringWithAProblemNamingTheParameter() {
        given().queryParam("q", "x".repeat(6_000)).when().get("/api/v1/evidence")
                .then().statusCode(400).contentType(TestData.PROBLEM_JSON).body("errors[0].field", equalTo("q"));
    }

    @Test
    void refusesAChunkedJsonBodyOverTheLimitWith413() throws Exception {
        String body = "{\"text\": \"" + "x".repeat(1_100_000) + "\"}";

        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", CHECKS, ADMIN, "application/json", bytes(body),
                true, 30_000);

        assertEquals(413, answer.status(), answer.body());
        assertEquals(TestData.PROBLEM_TYPES + "payload-too-large", json(answer).path("type").asText());
    }

    @Test
    void refusesAChunkedJsonBodyPaddedPastTheLimitAfterItsLastBrace() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", CHECKS, ADMIN, "application/json",
                bytes(CLAIM + " ".repeat(1_100_000)), true, 30_000);

        assertEquals(413, answer.status(), answer.body());
    }

    @Test
    void acceptsASmallChunkedJsonBody() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", CHECKS, ADMIN, "application/json", bytes(CLAIM),
                true, 30_000);

        assertEquals(200, answer.status(), answer.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {" x", "}", "{}", "[]"})
    void refusesTextAfterTheJsonBody(String trailing) {
        given().contentType(ContentType.JSON).body(CLAIM + trailing)
                .when().post(CHECKS)
                .then().spec(problem(400, "malformed-json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/evidence/1.5, id, 1.5", "/api/v1/evidence?size=twenty, size, twenty",
        "/api/v1/claims?updatedSince=yesterday, updatedSince, yesterday", "/api/v1/claims/similar?text=x&limit=1e3, limit, 1e3"})
    void namesThePathOrQueryParameterThatCannotBeRead(String target, String parameter, String value) {
        given().urlEncodingEnabled(false)
                .when().get(target)
                .then().spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo(parameter))
                .body("detail", containsString(parameter))
                .body("detail", containsString(value));
    }

    @ParameterizedTest(name = "{0}={2} characters")
    @CsvSource({"/api/v1/evidence, q, 501", "/api/v1/evidence, metric, 301", "/api/v1/claims, speaker, 301",
        "/api/v1/claims, tag, 61", "/api/v1/places, kind, 41", "/api/v1/sources, q, 501",
        "/api/v1/claims/similar, text, 2001"})
    void refusesAnOverlongQueryParameterNamingIt(String path, String parameter, int length) {
        given().queryParam(parameter, "x".repeat(length))
                .when().get(path)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/evidence, q", "/api/v1/evidence, place", "/api/v1/evidence, metric", "/api/v1/claims, q",
        "/api/v1/claims, speaker", "/api/v1/claims, tag", "/api/v1/places, q", "/api/v1/sources, q",
        "/api/v1/claims/similar, text"})
    void refusesANulByteInAQueryParameterNamingIt(String path, String parameter) {
        given().urlEncodingEnabled(false).queryParam(parameter, "Barnet%00x")
                .when().get(path)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/evidence?from=%2B1000000-01-01, from", "/api/v1/evidence?to=-5000-01-01, to",
        "/api/v1/claims?updatedSince=%2B1000000-01-01T00:00:00Z, updatedSince"})
    void refusesADateQueryParameterOutsideTheYears1To9999(String target, String parameter) {
        given().urlEncodingEnabled(false)
                .when().get(target)
                .then().spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"+1000000-01-01\"", "-2147483649"})
    void refusesADateFieldOutsideTheYears1To9999(String publishedOn) {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"publisher\": \"p\", \"publishedOn\": " + publishedOn + "}")
                .when().post("/api/v1/sources")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("publishedOn"));
    }

    @Test
    void namesANumberFieldTooLongToRead() {
        Map<String, Object> body = TestData.evidence(TestData.unique("Long number"));
        body.put("sourceId", "9".repeat(5000));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/evidence")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void namesADateParameterTooLongToBeQuotedInFull() {
        given().queryParam("since", "a".repeat(100))
                .when().get("/api/v1/claimreviews")
                .then().spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo("since"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"owner\": \"a\", \"roles\": [\"checker\" \"admin\"]}     | roles[1]",
        "{\"owner\": NaN, \"roles\": [\"checker\"]}               | owner"})
    void namesTheFieldWhereTheJsonBreaks(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/api-keys")
                .then().spec(problem(400, "malformed-json"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void namesTheNestedFieldWhereTheJsonBreaks() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Barnet\", \"context\": {\"place\": \"London\", \"url\": \"a\" \"b\"}}")
                .when().post(CHECKS)
                .then().spec(problem(400, "malformed-json"))
                .body("errors[0].field", equalTo("context.url"));
    }

    @Test
    void refusesAnUnknownRoleWithoutJavaNames() {
        given().contentType(ContentType.JSON).body("{\"owner\": \"jane\", \"roles\": [\"editor\"]}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"))
                .body("detail", containsString("reader, newsroom, checker or admin"))
                .body("detail", not(containsString("org.factcheck")))
                .body("detail", not(containsString("Cannot construct")));
    }

    @ParameterizedTest(name = "alias {0}")
    @ValueSource(strings = {"\\u0000", "\\u0001", "Mill Hill\\u0000"})
    void refusesAnAliasWithControlCharactersNamingIt(String escaped) {
        long barnet = given().queryParam("q", TestData.BARNET).when().get("/api/v1/places")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");

        given().contentType(ContentType.JSON).body("{\"alias\": \"" + escaped + "\"}")
                .when().post("/api/v1/places/" + barnet + "/aliases")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("alias"))
                .body("errors[0].message", containsString("control characters"));
    }

    @Test
    void refusesAClaimTextOfAControlCharacter() {
        given().contentType(ContentType.JSON).body("{\"text\": \"\\u0001\"}")
                .when().post("/api/v1/claims")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void keepsTabsAndNewlinesInTexts() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Barnet has the highest proportion\\tof Jewish "
                        + "residents\\r\\nof any English borough\"}")
                .when().post(CHECKS)
                .then().statusCode(200);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(RawHttp.Answer answer) throws Exception {
        return new ObjectMapper().readTree(answer.body());
    }
}
