package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factcheck.engine.benchmark.BenchmarkReport;
import org.factcheck.engine.benchmark.LabelledClaim;
import org.junit.jupiter.api.Test;

/**
 * The database round trips a check costs, counted through the port over the labelled claims. With a candidate query
 * per place, text and period the mean was 11.3 (max 56); with one metrics query per part it is about 2.2 (max 6).
 */
class FinderCallsTest {

    static final double MAX_MEAN_CALLS = 3.0;

    @Test
    void checksCostFewFinderCalls() {
        CountingEvidenceFinder counting = new CountingEvidenceFinder(TestData.finder());
        Engine engine = new Engine(TestData.gazetteer(), counting, EngineSettings.defaults());
        List<LabelledClaim> claims = BenchmarkReport.load("benchmark/claims.jsonl");
        int checkable = 0;
        int max = 0;
        int candidates = 0;
        int series = 0;
        for (LabelledClaim c : claims) {
            counting.reset();
            engine.check(c.text(), EngineBenchmarkTest.context(c));
            candidates += counting.candidates.get();
            series += counting.series.get();
            max = Math.max(max, counting.total());
            checkable++;
        }
        double mean = (candidates + series) / (double) checkable;
        System.out.printf("finder calls per check over %d claims: mean %.2f (candidates %.2f, series %.2f), max %d%n",
                checkable, mean, candidates / (double) checkable, series / (double) checkable, max);
        assertTrue(mean <= MAX_MEAN_CALLS, "mean finder calls per check " + mean);
    }

    @Test
    void metricsQueryReturnsOneRecordPerPlaceAndMetric() {
        PlaceInfo camden = TestData.gazetteer().byName("Camden");
        List<EvidenceItem> rows = TestData.finder().metrics(new EvidenceQuery(List.of(camden.id()), "population",
                java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2015, 12, 31), 500));
        long distinct = rows.stream().map(EvidenceItem::metric).distinct().count();
        assertTrue(rows.size() == distinct && distinct > 10, rows.size() + " rows, " + distinct + " metrics");
        EvidenceItem population = rows.stream().filter(e -> e.metric().equals("Population")).findFirst().orElseThrow();
        assertTrue(population.periodStart().getYear() == 2015, "best period fit: " + population.periodLabel());
    }
}
