package org.factcheck.article.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.factcheck.apikey.AdminKeyCallback;
import org.factcheck.article.service.ClaimChecker;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.Rating;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleStreamTest {

    private static final String PATH = "/api/v1/articles";
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource(PATH)
    URL url;

    @Test
    void streamsEachClaimThenASummaryAsNdjson() throws Exception {
        String body = given().contentType(ContentType.JSON).accept(NDJSON).body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).contentType(NDJSON).extract().asString();
        List<JsonNode> lines = lines(body);
        JsonNode last = lines.get(lines.size() - 1);
        assertEquals("summary", last.get("type").asText());
        assertEquals(lines.size() - 1, last.get("summary").get("claims").asInt());
        assertTrue(last.get("warnings").size() >= 2, "warnings come with the summary");
        for (JsonNode line : lines.subList(0, lines.size() - 1)) {
            assertEquals("claim", line.get("type").asText());
            assertEquals(line.get("claim").get("checkworthy").asBoolean(), line.get("claim").hasNonNull("assessment"));
        }
        assertTrue(lines.stream().anyMatch(l -> l.has("claim")
                && l.get("claim").get("text").asText().equals("London has lost over £700 million")));
    }

    @Test
    void streamsServerSentEventsNamedAfterTheirType() {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream").body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).contentType("text/event-stream").extract().asString();
        long claims = body.lines().filter(l -> l.equals("event:claim") || l.equals("event: claim")).count();
        assertTrue(claims > 5, body);
        assertTrue(body.contains("event:summary") || body.contains("event: summary"), body);
        assertTrue(body.contains("\"type\":\"summary\""), body);
    }

    @Test
    void streamsOnlyASummaryForAnArticleWithNoClaims() throws Exception {
        String body = given().contentType(ContentType.JSON).accept(NDJSON)
                .body(ArticleTestData.article(ArticleTestData.NO_CLAIMS, "2019-07-06"))
                .when().post(PATH)
                .then().statusCode(200).extract().asString();
        List<JsonNode> lines = lines(body);
        assertEquals(1, lines.size(), body);
        assertEquals("summary", lines.get(0).get("type").asText());
        assertEquals(0, lines.get(0).get("summary").get("claims").asInt());
    }

    @Test
    void stopsCheckingWhenTheClientDisconnects() throws Exception {
        int claims = 400;
        byte[] request = json.writeValueAsBytes(ArticleTestData.article(ArticleTestData.manyClaims(claims),
                "2016-06-01"));
        double before = checked();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PATH + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nAccept: " + NDJSON
                    + "\r\nAuthorization: Bearer " + AdminKeyCallback.ADMIN_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + request.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(request);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            int claimLines = 0;
            for (String line = in.readLine(); line != null && claimLines < 3; line = in.readLine()) {
                if (line.contains("\"type\":\"claim\"")) {
                    claimLines++;
                }
            }
            assertEquals(3, claimLines);
        }
        double settled = waitUntilSettled();
        double done = settled - before;
        System.out.printf("client left after 3 claim lines: %.0f of %d claims were checked%n", done, claims);
        assertTrue(done >= 3 && done < claims, "checks done after the client left: " + done + " of " + claims);
    }

    @Test
    void endsTheStreamWithAnErrorEventWhenACheckFails() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger onEventLoop = new AtomicInteger();
        QuarkusMock.installMockForType(new ClaimChecker() {
            @Override
            public CheckResult check(String text, String speaker, LocalDate statedOn, String place, String url) {
                if (Context.isOnEventLoopThread()) {
                    onEventLoop.incrementAndGet();
                }
                if (calls.incrementAndGet() > 1) {
                    throw new IllegalStateException("evidence store unavailable");
                }
                return new CheckResult(Rating.NOT_ENOUGH_EVIDENCE, 0.5, true, null, "stub",
                        List.of(), "single", text);
            }
        }, ClaimChecker.class);
        String body = given().contentType(ContentType.JSON).accept(NDJSON).body(ArticleTestData.seed())
                .when().post(PATH)
                .then().statusCode(200).extract().asString();
        List<JsonNode> lines = lines(body);
        JsonNode last = lines.get(lines.size() - 1);
        assertEquals("error", last.get("type").asText(), body);
        assertEquals(500, last.get("error").get("status").asInt());
        assertFalse(body.contains("evidence store unavailable"), "no internals in the error event");
        assertFalse(lines.stream().anyMatch(l -> l.get("type").asText().equals("summary")));
        assertEquals(2, calls.get(), "no check after the failing one");
        assertEquals(0, onEventLoop.get(), "checks run on worker threads, never on the event loop");
    }

    private List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    private double checked() {
        return registry.counter(ClaimChecker.CHECKED).count();
    }

    /** The counter once it has stopped moving: in-flight work finishes, nothing new starts. */
    private double waitUntilSettled() throws InterruptedException {
        double last = checked();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(200);
            double now = checked();
            if (now == last && i >= 2) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
