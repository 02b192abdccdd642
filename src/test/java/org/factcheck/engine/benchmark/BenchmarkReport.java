package org.factcheck.engine.benchmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.ClaimPart;
import org.factcheck.engine.EvidenceCitation;
import org.factcheck.engine.Rating;

/**
 * Scores verdicts against the labelled benchmark: exact accuracy, within-one-step accuracy (RATING_RULES.md), the
 * share of expected evidence records cited, a confusion matrix and the misses. Independent of how verdicts are made:
 * pass any {@code Function<LabelledClaim, CheckResult>} (the engine in memory, or the REST endpoint).
 */
public final class BenchmarkReport {

    /** The outcome of one claim. */
    public record Row(LabelledClaim claim, Rating expected, Rating actual, int evidenceExpected, int evidenceCited,
            String explanation) {

        boolean exact() {
            return expected == actual;
        }
    }

    private final List<Row> rows;

    private BenchmarkReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads claims.jsonl (one JSON object per line) from the classpath. */
    public static List<LabelledClaim> load(String resource) {
        try (InputStream in = BenchmarkReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a labelled set in the same format from a file (a set kept outside the repository). */
    public static List<LabelledClaim> loadFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LabelledClaim> read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<LabelledClaim> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                out.add(json.readValue(line, LabelledClaim.class));
            }
        }
        return out;
    }

    /** Runs every claim through the checker. A checker that throws counts as NOT_ENOUGH_EVIDENCE with the error. */
    public static BenchmarkReport run(List<LabelledClaim> claims, Function<LabelledClaim, CheckResult> checker) {
        List<Row> rows = new ArrayList<>();
        for (LabelledClaim c : claims) {
            Rating expected = Rating.valueOf(c.expectedRating());
            CheckResult result;
            try {
                result = checker.apply(c);
            } catch (RuntimeException e) {
                rows.add(new Row(c, expected, Rating.NOT_ENOUGH_EVIDENCE, size(c), 0, "ERROR " + e));
                continue;
            }
            rows.add(new Row(c, expected, result.rating(), size(c), cited(c, result), result.explanation()));
        }
        return new BenchmarkReport(rows);
    }

    private static int size(LabelledClaim c) {
        return c.expectedEvidence() == null ? 0 : c.expectedEvidence().size();
    }

    private static int cited(LabelledClaim c, CheckResult result) {
        if (c.expectedEvidence() == null) {
            return 0;
        }
        int hits = 0;
        for (LabelledClaim.ExpectedEvidence e : c.expectedEvidence()) {
            boolean found = false;
            for (ClaimPart p : result.parts()) {
                for (EvidenceCitation cit : p.evidence()) {
                    found |= cit.metric().equals(e.metric()) && cit.place().equals(e.place())
                            && String.valueOf(cit.periodStart()).equals(e.periodStart())
                            && String.valueOf(cit.periodEnd()).equals(e.periodEnd());
                }
            }
            if (found) {
                hits++;
            }
        }
        return hits;
    }

    public List<Row> rows() {
        return rows;
    }

    public double exactAccuracy() {
        return rows.isEmpty() ? 0 : rows.stream().filter(Row::exact).count() / (double) rows.size();
    }

    public double withinOneAccuracy() {
        return rows.isEmpty() ? 0 : rows.stream().filter(r -> r.actual().withinOneStepOf(r.expected())).count()
                / (double) rows.size();
    }

    /** Cited expected evidence records over all expected evidence records. */
    public double evidenceHitRate() {
        int expected = rows.stream().mapToInt(Row::evidenceExpected).sum();
        int cited = rows.stream().mapToInt(Row::evidenceCited).sum();
        return expected == 0 ? 1 : cited / (double) expected;
    }

    /** confusion.get(expected).get(actual) = count. */
    public Map<Rating, Map<Rating, Integer>> confusion() {
        Map<Rating, Map<Rating, Integer>> m = new EnumMap<>(Rating.class);
        for (Rating e : Rating.values()) {
            Map<Rating, Integer> row = new EnumMap<>(Rating.class);
            for (Rating a : Rating.values()) {
                row.put(a, 0);
            }
            m.put(e, row);
        }
        for (Row r : rows) {
            m.get(r.expected()).merge(r.actual(), 1, Integer::sum);
        }
        return m;
    }

    /** The report as text: figures, confusion matrix (rows expected, columns actual) and the misses. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Benchmark: %d claims%n", rows.size()));
        b.append(String.format("exact accuracy:      %.1f%% (%d/%d)%n", 100 * exactAccuracy(),
                rows.stream().filter(Row::exact).count(), rows.size()));
        b.append(String.format("within one step:     %.1f%%%n", 100 * withinOneAccuracy()));
        b.append(String.format("evidence cited:      %.1f%% of expected records%n", 100 * evidenceHitRate()));
        b.append(String.format("%nconfusion (rows expected, columns actual)%n%-20s", ""));
        String[] shortNames = {"TRUE", "M_TRUE", "MISL", "M_FALSE", "FALSE", "NEE"};
        for (String s : shortNames) {
            b.append(String.format("%8s", s));
        }
        b.append('\n');
        Map<Rating, Map<Rating, Integer>> m = confusion();
        for (Rating e : Rating.values()) {
            b.append(String.format("%-20s", e));
            for (Rating a : Rating.values()) {
                b.append(String.format("%8d", m.get(e).get(a)));
            }
            b.append('\n');
        }
        b.append("\nmisses:\n");
        for (Row r : rows) {
            if (!r.exact()) {
                b.append(String.format("- %s [%s] expected %s, got %s: %s%n    engine: %s%n", r.claim().id(),
                        r.claim().shape(), r.expected(), r.actual(), r.claim().text(), r.explanation()));
            }
        }
        b.append("\nevidence not cited:\n");
        for (Row r : rows) {
            if (r.evidenceCited() < r.evidenceExpected()) {
                b.append(String.format("- %s: %d of %d cited%n", r.claim().id(), r.evidenceCited(),
                        r.evidenceExpected()));
            }
        }
        return b.toString();
    }
}
