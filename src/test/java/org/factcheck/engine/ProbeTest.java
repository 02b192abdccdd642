package org.factcheck.engine;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        String file = System.getProperty("probe");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null);
        Engine engine = TestData.engine();
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", 2);
                CheckResult r = engine.check(parts[1], new ClaimContext(null, LocalDate.parse(parts[0]), "London", null));
                System.out.println(r.rating() + " " + r.confidence() + " :: " + parts[1] + "\n    " + r.explanation());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
