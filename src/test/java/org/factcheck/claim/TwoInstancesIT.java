package org.factcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service keeps no state outside PostgreSQL: two instances of the packaged jar on one database, and idempotency
 * and verdict locking hold across them. Needs an external database: runs when QUARKUS_DATASOURCE_JDBC_URL is set (CI
 * step 2 of .ci/run gives it a fresh one); skipped otherwise.
 */
class TwoInstancesIT {

    static final String ADMIN_KEY = "two-instances-admin-key-0123456789";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Process> PROCESSES = new ArrayList<>();
    static final List<String> BASES = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no external PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL)");
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(new File("target/two-instances-" + i + ".log"));
            pb.environment().put("PORT", String.valueOf(port));
            pb.environment().put("FACTCHECK_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
            PROCESSES.add(pb.start());
            String base = "http://127.0.0.1:" + port;
            BASES.add(base);
            awaitReady(base); // one after the other: the first runs Flyway and loads the demo data
        }
    }

    @AfterAll
    static void stop() {
        PROCESSES.forEach(Process::destroy);
    }

    @Test
    void idempotentRetriesSentToBothInstancesCreateOneClaim() throws Exception {
        String key = "two-" + UUID.randomUUID();
        String tag = "two-" + UUID.randomUUID();
        String body = "{\"text\": \"" + NewsroomTestData.JEWISH_BARNET + "\", \"tags\": [\"" + tag + "\"]}";
        List<HttpResponse<String>> answers = NewsroomTestData.inParallel(8, () -> send(
                BASES.get((int) (Thread.currentThread().getId() % 2)), "POST", "/api/v1/claims", body,
                "Idempotency-Key", key));
        Set<Integer> statuses = answers.stream().map(HttpResponse::statusCode).collect(Collectors.toSet());
        assertTrue(Set.of(201, 409).containsAll(statuses), statuses.toString());
        Set<String> ids = answers.stream().filter(r -> r.statusCode() == 201).map(r -> field(r.body(), "id"))
                .collect(Collectors.toSet());
        assertEquals(1, ids.size(), "one claim");
        for (String base : BASES) {
            HttpResponse<String> retry = send(base, "POST", "/api/v1/claims", body, "Idempotency-Key", key);
            assertEquals(201, retry.statusCode());
            assertEquals(ids.iterator().next(), field(retry.body(), "id"));
            assertEquals("1", field(send(base, "GET", "/api/v1/claims?tag=" + tag, null).body(), "totalItems"));
        }
    }

    @Test
    void ofTwoPutsWithTheSameETagOnTwoInstancesExactlyOneWins() throws Exception {
        String id = field(send(BASES.get(0), "POST", "/api/v1/claims",
                "{\"text\": \"" + NewsroomTestData.JEWISH_BARNET + "\"}").body(), "id");
        String verdict = "{\"rating\": \"TRUE\", \"summary\": \"Census 2011\", \"status\": \"DRAFT\"}";
        List<Integer> statuses = new ArrayList<>(NewsroomTestData.inParallel(2, () -> {
            int instance = (int) (Thread.currentThread().getId() % 2);
            return send(BASES.get(instance), "PUT", "/api/v1/claims/" + id + "/verdict", verdict, "If-Match", "\"0\"")
                    .statusCode();
        }));
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        HttpResponse<String> second = send(BASES.get(1), "PUT", "/api/v1/claims/" + id + "/verdict", verdict,
                "If-Match", "\"1\"");
        assertEquals(200, second.statusCode());
        assertEquals(412, send(BASES.get(0), "PUT", "/api/v1/claims/" + id + "/verdict", verdict, "If-Match", "\"1\"")
                .statusCode());
    }

    static HttpResponse<String> send(String base, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level number field of a JSON answer (first occurrence). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(base, "GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " did not become ready; see target/two-instances-*.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
