package org.factcheck.common;

import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.json;
import static org.factcheck.TestData.uniqueWord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the service busy through a database outage: each writer thread loops over claim creation, evidence creation,
 * a small import and a search, and every answer is kept (status, headers, body, timing) to be checked afterwards.
 */
final class FaultLoad implements AutoCloseable {

    enum Op { CLAIM, EVIDENCE, IMPORT, READ }

    /** One request and its answer; status -1 when no answer came (the client gave up after 60 s, or a reset). */
    record Outcome(Op op, long startNanos, long endNanos, int status, String contentType, String retryAfter,
                   String body, String key, int rows, Long id) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        long millis() {
            return (endNanos - startNanos) / 1_000_000;
        }
    }

    static final int SMALL_IMPORT_ROWS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceProcess app;
    private final String tag;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();

    FaultLoad(ServiceProcess app, String tag) {
        this.app = app;
        this.tag = tag;
    }

    /** Starts {@code writers} threads that send requests one after the other until {@link #stop()}. */
    void start(int writers) {
        for (int w = 0; w < writers; w++) {
            int first = w;
            threads.submit(() -> {
                for (long n = first; !stop.get(); n++) {
                    outcomes.add(send(Op.values()[(int) (n % Op.values().length)], SMALL_IMPORT_ROWS));
                }
            });
        }
    }

    /** Sends one import of {@code rows} rows in the background (long enough to be streaming when the stop comes). */
    void startImport(int rows) {
        threads.submit(() -> outcomes.add(send(Op.IMPORT, rows)));
    }

    /** Waits until every kind of request has succeeded once after {@code nanos}, or the time runs out. */
    void awaitSuccessOfEachAfter(long nanos, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            List<Outcome> now = new ArrayList<>(outcomes);
            if (Arrays.stream(Op.values()).allMatch(op -> firstSuccessAfter(now, op, nanos) != null)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Stops the writers, waits for their last requests and returns every outcome in order of sending. */
    List<Outcome> stop() throws InterruptedException {
        stop.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still running two minutes after the load stopped");
        }
        List<Outcome> all = new ArrayList<>(outcomes);
        all.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        return all;
    }

    @Override
    public void close() {
        stop.set(true);
        threads.shutdownNow();
    }

    /** Of the successes of this kind sent after {@code nanos}, the one sent first; null if none. */
    static Outcome firstSuccessAfter(List<Outcome> outcomes, Op op, long nanos) {
        return outcomes.stream().filter(o -> o.op() == op && o.ok() && o.startNanos() >= nanos)
                .min((a, b) -> Long.compare(a.startNanos(), b.startNanos())).orElse(null);
    }

    private Outcome send(Op op, int rows) {
        // uniqueWord() of one request can be the start of another's, and the search matches prefixes: end it in z
        String word = uniqueWord() + "z";
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = switch (op) {
                case CLAIM -> app.send("POST", "/api/v1/claims", "application/json", json(Map.of(
                        "text", "Barnet has the highest proportion of Jewish residents of any English borough " + word,
                        "tags", List.of(tag))));
                case EVIDENCE -> app.send("POST", "/api/v1/evidence", "application/json",
                        json(evidence("Outage households " + word)));
                case IMPORT -> app.send("POST", "/api/v1/evidence/import", "text/csv; charset=UTF-8", csv(word, rows));
                case READ -> app.get("/api/v1/evidence?q=outage&size=5");
            };
            return new Outcome(op, start, System.nanoTime(), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), r.body(), word, rows, id(op, r));
        } catch (IOException e) {
            return new Outcome(op, start, System.nanoTime(), -1, null, null, String.valueOf(e), word, rows, null);
        }
    }

    private static String csv(String word, int rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(csvRow("Outage import " + word + " " + i, String.valueOf(100 + i))).append('\n');
        }
        return csv.toString();
    }

    private static Long id(Op op, HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 201 || (op != Op.CLAIM && op != Op.EVIDENCE)) {
            return null;
        }
        JsonNode id = JSON.readTree(r.body()).get("id");
        return id == null ? null : id.asLong();
    }
}
