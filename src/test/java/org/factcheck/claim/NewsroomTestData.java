package org.factcheck.claim;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Shared fixtures of the newsroom tests: real claims about the bundled demo evidence, and request helpers. */
public final class NewsroomTestData {

    /** Rated TRUE by the engine on the demo evidence, citing the Census 2011 religion figures. */
    public static final String JEWISH_BARNET = "Barnet has the highest proportion of Jewish residents of any English borough";
    public static final String POLICE_BARNET = "Barnet gets fewer police officers than any London borough";
    public static final String POLICE_BARNET_PARAPHRASE = "No London borough has fewer officers than Barnet";

    private NewsroomTestData() {
    }

    public static Map<String, Object> claim(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("speaker", "Barnet Times");
        body.put("statedOn", "2018-04-14");
        body.put("appearanceUrl", "https://www.times-series.co.uk/news/16159284/");
        body.put("place", "London");
        body.put("tags", List.of("test-" + UUID.randomUUID()));
        return body;
    }

    /** Posts a claim and returns its id. */
    public static long createClaim(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createClaim(String text) {
        return createClaim(claim(text));
    }

    public static Map<String, Object> verdict(String rating, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rating", rating);
        body.put("summary", "Census 2011: 15.2% of Barnet's residents were Jewish, the highest share");
        body.put("explanation", "Table KS209EW of the 2011 Census.");
        body.put("evidenceIds", List.of());
        body.put("status", status);
        return body;
    }

    public static Response putVerdict(long claimId, String etag, Map<String, Object> body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            spec = spec.header("If-Match", etag);
        }
        return spec.when().put("/api/v1/claims/" + claimId + "/verdict");
    }

    /** An evidence record made up for one test (its own metric), so that changing it disturbs no other test. */
    public static Map<String, Object> evidence(String metric, double value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("place", "Barnet");
        body.put("periodStart", "2017-09-30");
        body.put("periodEnd", "2017-09-30");
        body.put("value", value);
        body.put("unit", "count");
        body.put("source", Map.of("title", "Newsroom test fixture", "publisher", "factcheck tests"));
        return body;
    }

    public static long createEvidence(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/evidence")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Runs the calls at the same moment on their own threads and returns their answers. */
    public static <T> List<T> inParallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
