package org.factcheck.evidence.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.BARNET_CODE;
import static org.factcheck.TestData.BARNET_JEWISH_SHARE;
import static org.factcheck.TestData.CENSUS_DAY;
import static org.factcheck.TestData.CENSUS_SOURCE_TITLE;
import static org.factcheck.TestData.JEWISH_SHARE;
import static org.factcheck.TestData.createEvidence;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.newestEvidenceMatching;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factcheck.common.PageResponse;
import org.factcheck.evidence.repository.EvidenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EvidenceSearchTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Test
    void findsBarnetsJewishPopulationShareByFullText() {
        given().queryParam("q", "Barnet Jewish population share")
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items[0].metric", equalTo(JEWISH_SHARE))
                .body("items[0].place.name", equalTo(BARNET))
                .body("items[0].place.code", equalTo(BARNET_CODE))
                .body("items[0].periodStart", equalTo(CENSUS_DAY))
                .body("items[0].periodEnd", equalTo(CENSUS_DAY))
                .body("items[0].value", equalTo(BARNET_JEWISH_SHARE))
                .body("items[0].unit", equalTo("percent"))
                .body("items[0].source.title", equalTo(CENSUS_SOURCE_TITLE));
    }

    @Test
    void searchesTheSourceTitle() {
        given().queryParam("q", "DC2107EW").queryParam("place", BARNET).queryParam("size", 50)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", equalTo(19))
                .body("items.source.title", everyItem(equalTo(CENSUS_SOURCE_TITLE)));
    }

    @Test
    void searchesTheQuoteAndThePlaceName() {
        String inQuote = uniqueWord();
        String placeWord = uniqueWord();
        Map<String, Object> quoted = evidence(unique("Households"));
        quoted.put("quote", "Table 4 | row Barnet | column " + inQuote + ": 42");
        Map<String, Object> placed = evidence(unique("Households"));
        placed.put("place", "Upper " + placeWord);
        placed.remove("placeCode");
        long quotedId = createEvidence(quoted);
        long placedId = createEvidence(placed);

        given().queryParam("q", inQuote).when().get(EVIDENCE)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) quotedId));
        given().queryParam("q", placeWord).when().get(EVIDENCE)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) placedId));
    }

    @Test
    void excludesWordsMarkedWithAMinus() {
        given().queryParam("q", "Barnet \"jewish population\" -share")
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("items.metric", hasItem("Jewish population (Census 2011)"))
                .body("items.metric", everyItem(not(containsString("share"))));
    }

    @ParameterizedTest(name = "place={0}")
    @CsvSource({"Barnet", "barnet", "E09000003", "London Borough of Barnet"})
    void filtersByPlaceNameCodeOrAlias(String place) {
        ensureBarnetAlias();

        given().queryParam("place", place).queryParam("metric", JEWISH_SHARE).queryParam("size", 200)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("items.metric", hasItem(JEWISH_SHARE))
                .body("items.place.name", everyItem(equalTo(BARNET)));
    }

    @Test
    void refusesAPlaceTheGazetteerDoesNotKnow() {
        given().queryParam("place", "Narnia")
                .when().get(EVIDENCE)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("place"));
    }

    @ParameterizedTest(name = "metric={0}")
    @CsvSource({"Jewish population share", "jewish populaton shar", "JEWISH POPULATION SHARE (CENSUS 2011)"})
    void matchesTheMetricLoosely(String metric) {
        given().queryParam("place", BARNET).queryParam("metric", metric).queryParam("size", 200)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("items.metric", hasItem(JEWISH_SHARE))
                .body("items.place.name", everyItem(equalTo(BARNET)));
    }

    @Test
    void leavesOutMetricsThatAreNotCloseToTheOneAskedFor() {
        given().queryParam("place", BARNET).queryParam("metric", "jewish populaton shar").queryParam("size", 200)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("items.metric", hasItem(JEWISH_SHARE))
                .body("items.metric", not(hasItem("Usual resident population (Census 2011)")))
                .body("items.metric", not(hasItem("Median house price")));
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({
        "2020-06-01, 2020-06-30, 2020",
        "2019-12-31,           , 2019 2020 2021",
        "          , 2019-12-31, 2019",
        "2021-06-30, 2021-06-30, 2021",
        "2020-12-31, 2021-06-29, 2020",
        "2022-01-01,           , ''"})
    void keepsRecordsWhosePeriodOverlapsFromTo(String from, String to, String expectedYears) {
        String place = unique("Overlap Parish");
        long y2019 = createAt(place, "2019-01-01", "2019-12-31");
        long y2020 = createAt(place, "2020-01-01", "2020-12-31");
        long y2021 = createAt(place, "2021-06-30", "2021-06-30");
        Map<String, Long> ids = Map.of("2019", y2019, "2020", y2020, "2021", y2021);

        List<Long> expected = new ArrayList<>();
        for (String year : expectedYears.split(" ")) {
            if (!year.isBlank()) {
                expected.add(0, ids.get(year));
            }
        }
        var request = given().queryParam("place", place);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        List<Long> found = request.when().get(EVIDENCE)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertEquals(expected, found);
    }

    @Test
    void refusesAFromAfterTo() {
        given().queryParam("from", "2012-01-01").queryParam("to", "2011-01-01")
                .when().get(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("from"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"size, 0", "size, 201", "size, -1", "page, -1"})
    void refusesPagesOutOfBounds(String param, int value) {
        given().queryParam(param, value)
                .when().get(EVIDENCE)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(param));
    }

    @Test
    void pagesThroughMatchesInAStableOrder() {
        List<Long> oneBigPage = ids("officers", 0, 28);
        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            pages.addAll(ids("officers", page, 7));
        }

        assertEquals(28, new HashSet<>(oneBigPage).size());
        assertEquals(oneBigPage, pages);
    }

    @Test
    void countsAllMatchesOnEveryPage() {
        given().queryParam("place", BARNET).queryParam("q", "DC2107EW").queryParam("size", 5).queryParam("page", 3)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("page", equalTo(3))
                .body("size", equalTo(5))
                .body("totalItems", equalTo(19))
                .body("totalPages", equalTo(4))
                .body("totalExact", equalTo(true))
                .body("items.size()", equalTo(4));
        given().queryParam("place", BARNET).queryParam("q", "DC2107EW").queryParam("size", 5).queryParam("page", 9)
                .when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", equalTo(19))
                .body("items.size()", equalTo(0));
    }

    @Test
    void stopsCountingAtTheLimit() {
        // the demo pack alone holds some 22,800 records
        given().when().get(EVIDENCE)
                .then().statusCode(200)
                .body("totalItems", equalTo(PageResponse.COUNT_LIMIT))
                .body("totalPages", equalTo(PageResponse.COUNT_LIMIT / 20))
                .body("totalExact", equalTo(false))
                .body("items.size()", equalTo(20));
    }

    @Test
    void ranksTheNewestMatchesThenListsOlderOnesInAnOrderNoPageSizeChanges() {
        // "price" matches some 3,500 records of the demo pack: more than the ranked window
        int reach = EvidenceRepository.RANK_WINDOW + 400;
        List<Long> by200 = new ArrayList<>();
        for (int page = 0; page * 200 < reach; page++) {
            by200.addAll(ids("price", page, 200));
        }
        List<Long> by175 = new ArrayList<>();
        for (int page = 0; page * 175 < reach; page++) {
            by175.addAll(ids("price", page, 175));
        }

        assertEquals(reach, by200.size());
        assertEquals(by200, by175);
        assertEquals(reach, new HashSet<>(by200).size());
        List<Long> ranked = by200.subList(0, EvidenceRepository.RANK_WINDOW);
        List<Long> older = by200.subList(EvidenceRepository.RANK_WINDOW, reach);
        // the ranked window is exactly the newest matches, though the demo pack's prices sit in one block of ids
        // that the first id ranges searched do not reach
        assertEquals(new HashSet<>(newestEvidenceMatching("price", EvidenceRepository.RANK_WINDOW)),
                new HashSet<>(ranked));
        long oldestRanked = ranked.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(older.stream().allMatch(id -> id < oldestRanked), "older matches follow the ranked window");
        List<Long> newestFirst = new ArrayList<>(older);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, older);
    }

    @Test
    void listsNewestFirstWithoutWords() {
        String place = unique("Newest Parish");
        long older = createAt(place, "2019-01-01", "2019-12-31");
        long newer = createAt(place, "2018-01-01", "2018-12-31");

        List<Long> found = given().queryParam("place", place).when().get(EVIDENCE)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);

        assertEquals(List.of(newer, older), found);
    }

    @Test
    void ranksAMetricMatchAboveAQuoteMatch() {
        String word = uniqueWord();
        String place = unique("Ranking Parish");
        Map<String, Object> inMetric = evidence("Rough sleepers " + word);
        inMetric.put("place", place);
        inMetric.remove("placeCode");
        Map<String, Object> inQuote = evidence(unique("Rough sleepers"));
        inQuote.put("place", place);
        inQuote.remove("placeCode");
        inQuote.put("quote", "Table 1 | row " + word + " | column 2020: 42");
        long metricId = createEvidence(inMetric);
        long quoteId = createEvidence(inQuote);

        List<Long> found = given().queryParam("q", word).when().get(EVIDENCE)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);

        assertEquals(List.of(metricId, quoteId), found);
    }

    private static List<Long> ids(String q, int page, int size) {
        return given().queryParam("q", q).queryParam("page", page).queryParam("size", size)
                .when().get(EVIDENCE)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static long createAt(String place, String start, String end) {
        Map<String, Object> body = evidence(unique("Population"));
        body.put("place", place);
        body.remove("placeCode");
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return createEvidence(body);
    }

    private static void ensureBarnetAlias() {
        long barnet = given().queryParam("q", BARNET_CODE).when().get("/api/v1/places")
                .then().extract().jsonPath().getLong("items[0].id");
        List<String> aliases = given().when().get("/api/v1/places/" + barnet)
                .then().extract().jsonPath().getList("aliases", String.class);
        if (!aliases.contains("London Borough of Barnet")) {
            given().contentType(ContentType.JSON).body(Map.of("alias", "London Borough of Barnet"))
                    .when().post("/api/v1/places/" + barnet + "/aliases")
                    .then().statusCode(200);
        }
    }
}
