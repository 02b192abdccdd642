package org.factcheck.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Debugging aid: {@code -Dprobe=file} with lines "statedOn|text" prints each verdict. */
class ProbeTest {

    @Test
    void printsVerdictsOfProbeSentences() throws Exception {
        String file = System.getProperty("probe");
        Assumptions.assumeTrue(file != null && !file.isBlank());
        Engine engine = TestData.engine();
        for (String line : Files.readAllLines(Path.of(file))) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", 2);
            CheckResult r = engine.check(p[1], new ClaimContext("probe", LocalDate.parse(p[0]), "London", null));
            System.out.println("PROBE " + r.rating() + " | " + p[1]);
            for (ClaimPart part : r.parts()) {
                System.out.println("    " + part.kind() + " " + part.rating() + " metric='" + part.claimed().metric()
                        + "' :: " + part.explanation());
            }
        }
    }
}
