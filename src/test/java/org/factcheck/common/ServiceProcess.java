package org.factcheck.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged service (target/quarkus-app, prod profile) as a process of its own, on an external PostgreSQL given by
 * JDBC URL, with its log in target/. Whatever the build's environment says about the datasource is replaced.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_KEY = "fault-tests-admin-key-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final String base;

    private ServiceProcess(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts the jar on the given database, without demo data; {@code env} adds or overrides variables. */
    static ServiceProcess start(String name, String jdbcUrl, Map<String, String> env) throws IOException {
        int port = freePort();
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("FACTCHECK_"));
        e.put("PORT", String.valueOf(port));
        e.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        e.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        e.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        e.put("FACTCHECK_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        e.put("FACTCHECK_DEMO_DATA", "false");
        // the fault load sends thousands of requests a second with one key: the per-key rate limit (tested on its
        // own in RateLimitTest) would answer most of them 429 and hide what the database outage does
        e.put("FACTCHECK_RATE_LIMIT_ENABLED", "false");
        e.putAll(env);
        return new ServiceProcess(pb.start(), log, "http://127.0.0.1:" + port);
    }

    /** A request with the admin key; a null body sends none. Fails on no answer within 60 s (a hang). */
    HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    /** The readiness status code, or 0 while the port is closed. */
    int readiness() {
        try {
            return get("/q/health/ready").statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits until /q/health/ready answers 200; fails if the process ends or the time runs out. */
    void awaitReady(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within " + limit + "; see " + log);
    }

    /** Waits until the log holds a line that passes the test; false when the time runs out first. */
    boolean awaitLog(Predicate<String> line, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().lines().anyMatch(line)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code, or empty-handed (-1) when it still runs. */
    int awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
