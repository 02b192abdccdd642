package org.factcheck.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster that a test stops and starts at will: zonky's binaries (the project's embedded PostgreSQL),
 * a fixed data directory under target/ and a fixed port, driven with {@code pg_ctl} as an operator would
 * ({@code stop -m immediate} is a crash: backends are killed, no checkpoint, WAL replayed at the next start).
 * Commits wait for the WAL ({@code synchronous_commit=on}) as in production, so a write acknowledged before the stop
 * must survive it. As root, commands run in a user namespace ({@code unshare -U}) like zonky's own, because PostgreSQL
 * refuses to run as root.
 */
final class ControlledPostgres implements AutoCloseable {

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final File binaries;
    private boolean running;

    private ControlledPostgres(Path dataDir, int port, File binaries) {
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        this.port = port;
        this.binaries = binaries;
    }

    /** Creates the cluster (initdb through zonky) in a new directory under {@code parent} and leaves it stopped. */
    static ControlledPostgres initialise(Path parent, String name) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(parent), name + "-").resolve("pgdata");
        int port = freePort();
        EmbeddedPostgres zonky = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setPort(port).setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD).start();
        File binaries = pgDir(zonky);
        zonky.close(); // a fast stop; the data directory is kept
        return new ControlledPostgres(dir, port, binaries);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    /** Starts the server and waits until it accepts connections (after crash recovery, if it crashed). */
    void start() throws IOException {
        pgCtl("-D", dataDir.toString(), "-l", log.toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -F -c synchronous_commit=on -c max_connections=100 -c timezone=UTC", "start");
        running = true;
    }

    /** {@code pg_ctl stop -m immediate}: every backend is killed at once, the server is down when this returns. */
    void stopImmediately() throws IOException {
        pgCtl("-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "60", "stop");
        running = false;
    }

    /** Stops the server and removes its data directory; its log stays beside it in target/. */
    @Override
    public void close() throws IOException {
        if (running) {
            pgCtl("-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop");
            running = false;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void pgCtl(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(new File(binaries, "bin/pg_ctl").getPath());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("pg_ctl " + String.join(" ", args) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Where zonky unpacked the PostgreSQL binaries; it has no getter for it. */
    private static File pgDir(EmbeddedPostgres zonky) {
        try {
            Field f = EmbeddedPostgres.class.getDeclaredField("pgDir");
            f.setAccessible(true);
            return (File) f.get(zonky);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot find zonky's PostgreSQL binaries", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
