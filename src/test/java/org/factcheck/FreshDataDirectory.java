package org.factcheck;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.factcheck.apikey.AdminKeyCallback;

/**
 * Gives the packaged application an empty data directory under target/, so that an integration test runs the prod
 * profile (persistent embedded PostgreSQL, demo data loaded at first start) without touching .factcheck/ or
 * another run's data. It also sets the bootstrap admin key that the tests send.
 * <p>
 * The directory cannot be removed in {@link #stop()}: that runs before the application's shutdown hook stops
 * PostgreSQL, which then cannot find its data directory. Directories of earlier runs whose cluster has stopped (no
 * postmaster.pid left) are removed at the next start instead; {@code mvn clean} removes the last one.
 */
public class FreshDataDirectory implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "it-pgdata-";

    @Override
    public Map<String, String> start() {
        try {
            Path target = Files.createDirectories(Path.of("target")).toAbsolutePath();
            removeStoppedClusters(target);
            Path dir = Files.createTempDirectory(target, PREFIX);
            return Map.of("factcheck.embedded-postgres.data-dir", dir.toString(),
                    "factcheck.auth.bootstrap-admin-key", AdminKeyCallback.ADMIN_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    private static void removeStoppedClusters(Path target) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(target, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (!Files.exists(dir.resolve("postmaster.pid"))) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                    }
                }
            }
        }
    }
}
