package org.factcheck;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives the packaged application an empty data directory under target/, so that an integration test runs the prod
 * profile (persistent embedded PostgreSQL, demo data loaded at first start) without touching .factcheck/ or
 * another run's data.
 */
public class FreshDataDirectory implements QuarkusTestResourceLifecycleManager {

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            dir = Files.createTempDirectory(target.toAbsolutePath(), "it-pgdata-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("factcheck.embedded-postgres.data-dir", dir.toString());
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: target/ is cleaned by the next mvn clean anyway
        }
    }
}
