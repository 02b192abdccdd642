package org.factcheck.evidence.importer;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.CSV_UTF8;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.evidenceMatching;
import static org.factcheck.TestData.importFile;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factcheck.apikey.AdminKeyCallback;
import org.factcheck.common.PoolMetrics;
import org.junit.jupiter.api.Test;

/**
 * The import holds one pooled connection for the whole upload (COPY streams the file); whatever way it ends, the
 * connection goes back to the pool and nothing of the file is stored. Pool figures from /q/metrics (Agroal).
 */
@QuarkusTest
class ImportConnectionTest {

    /** Rows before the failure: well past COPY's first 256 KiB flush, so the database has received data. */
    private static final int ROWS_BEFORE_FAILURE = 3_000;

    @TestHTTPResource("/")
    URL base;

    @Test
    void returnsTheConnectionWhenTheCsvTurnsMalformedMidStream() {
        String word = uniqueWord();
        PoolMetrics before = pool();

        importFile(CSV_UTF8, bytes(rows(word) + "\"" + "Households " + word + ",\"Barnet\" trailing\n"), null)
                .spec(problem(400, "validation"));

        assertConnectionsReturned(before);
        assertNothingStored(word);
    }

    @Test
    void returnsTheConnectionWhenTheFileStopsBeingUtf8MidStream() {
        String word = uniqueWord();
        PoolMetrics before = pool();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bytes(rows(word)));
        file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});

        importFile(CSV_UTF8, file.toByteArray(), null).spec(problem(400, "bad-request"));

        assertConnectionsReturned(before);
        assertNothingStored(word);
    }

    @Test
    void returnsTheConnectionWhenOneBadRecordRejectsTheWholeFile() {
        String word = uniqueWord();
        PoolMetrics before = pool();

        importFile(CSV_UTF8, bytes(rows(word) + csvRow("Households " + word + " last", "not a number") + "\n"), null)
                .spec(problem(422, "import-rejected"));

        assertConnectionsReturned(before);
        assertNothingStored(word);
    }

    @Test
    void returnsTheConnectionWhenTheClientDisconnectsMidUpload() throws IOException {
        String word = uniqueWord();
        PoolMetrics before = pool();
        byte[] part = bytes(rows(word));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            // announces ten times what it sends, then goes away
            out.write(bytes("POST /api/v1/evidence/import HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + AdminKeyCallback.ADMIN_KEY + "\r\nContent-Type: " + CSV_UTF8 + "\r\n"
                    + "Content-Length: " + part.length * 10L + "\r\n\r\n"));
            out.write(part);
            out.flush();
            awaitImportInProgress(before);
        }

        assertConnectionsReturned(before);
        assertNothingStored(word);
    }

    @Test
    void leavesTheConnectionsOfASuccessfulImportInThePool() {
        String word = uniqueWord();
        PoolMetrics before = pool();

        importFile(CSV_UTF8, bytes(rows(word)), null).statusCode(200).body("imported", equalTo(ROWS_BEFORE_FAILURE));

        assertConnectionsReturned(before);
        assertEquals(ROWS_BEFORE_FAILURE, evidenceMatching(word));
    }

    private static String rows(String word) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < ROWS_BEFORE_FAILURE; i++) {
            csv.append(csvRow("Households " + word + " " + i, String.valueOf(1000 + i))).append('\n');
        }
        return csv.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static PoolMetrics pool() {
        return PoolMetrics.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Waits until the server has taken a connection for the upload (the request is being imported). */
    private static void awaitImportInProgress(PoolMetrics before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            PoolMetrics now = pool();
            if (now.active() > before.active() || now.acquired() > before.acquired() + 2) {
                return;
            }
            sleep(50);
        }
        fail("the upload never reached the database");
    }

    /** Every connection is back within 20 s (at once, for an answered request) and none was reported leaked. */
    private static void assertConnectionsReturned(PoolMetrics before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        PoolMetrics now = pool();
        while (now.active() > before.active() && System.nanoTime() < deadline) {
            sleep(100);
            now = pool();
        }
        assertEquals(before.active(), now.active(), "connections in use after the import");
        assertEquals(before.awaiting(), now.awaiting(), "requests waiting for a connection");
        assertEquals(before.leaks(), now.leaks(), "connections reported as leaked");
    }

    private static void assertNothingStored(String word) {
        given().queryParam("q", word).queryParam("size", 1).when().get("/api/v1/evidence")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
