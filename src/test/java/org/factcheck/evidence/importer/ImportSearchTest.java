package org.factcheck.evidence.importer;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.csv;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.importCsv;
import static org.factcheck.TestData.source;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueCode;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The import builds the search document from parts computed once per metric, place and source (ImportService's
 * SEARCH_PARTS); it must be exactly what {@code evidence_search_vector} (the trigger's function) gives.
 */
@QuarkusTest
class ImportSearchTest {

    /** This test's rows (by the word in their metric) whose stored document differs from the function's. */
    private static final String DIFFERENT = """
            select count(*) from evidence e join place p on p.id = e.place_id join source s on s.id = e.source_id
            where e.metric like '%' || ?1 || '%'
              and e.search is distinct from evidence_search_vector(e.metric, p.name, s.title, e.quote)
            """;

    @Inject
    EntityManager em;

    @Test
    void storesTheSameSearchDocumentAsTheDatabaseFunction() {
        int sourceId = given().contentType(ContentType.JSON).body(source(unique("Stored release")))
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
        String word = uniqueWord();
        String place = unique("Search Parish");
        importCsv(csv(CSV_HEADER,
                csvRow("The " + word + " households (of all kinds)", "10"),
                csvRow("Dwellings " + word, place, uniqueCode(), "11", "count",
                        "Table 2 | row " + place + ", 2020-03-31 | column dwellings_total: 11"),
                csvRow("Rough sleepers " + word, place.toUpperCase(), "", "12", "count", ""),
                csvRow("Population " + word, BARNET.toLowerCase(), "", "13", "count", "\"quoted\" text; with stop words")))
                .statusCode(200).body("imported", equalTo(4));
        importCsv(csv("metric,place,periodStart,periodEnd,value,unit,sourceId,quote",
                "Households " + word + "," + BARNET + ",2020-01-01,2020-12-31,5,count," + sourceId + ",row 1"))
                .statusCode(200).body("imported", equalTo(1));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(DIFFERENT)
                .setParameter(1, word).getSingleResult()).longValue()));
        given().queryParam("q", word).queryParam("size", 10).when().get("/api/v1/evidence").then().statusCode(200)
                .body("totalItems", equalTo(5));
    }
}
