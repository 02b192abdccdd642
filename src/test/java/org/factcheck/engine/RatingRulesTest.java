package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RATING_RULES.md as tables: qualifier intervals, distance bands, ranks, compounds. */
class RatingRulesTest {

    private final RatingRules rules = new RatingRules(EngineSettings.defaults());

    @ParameterizedTest(name = "{0} v={1} r={2} actual={3} -> {4}")
    @CsvSource({
        // EXACT: [v-r, v+r]
        "EXACT, 15, 0.5, 15.48, TRUE",
        "EXACT, 15, 0.5, 14.5, TRUE",
        "EXACT, 15, 0.5, 16.5, MOSTLY_TRUE",
        "EXACT, 15, 0.5, 18.5, MOSTLY_FALSE",
        "EXACT, 15, 0.5, 25, FALSE",
        "EXACT, 3000, 150, 2851, TRUE",
        // MORE_THAN: (v, inf)
        "MORE_THAN, 3000, 150, 3001, TRUE",
        "MORE_THAN, 3000, 150, 3000, MOSTLY_TRUE",
        "MORE_THAN, 3000, 150, 2991.6, MOSTLY_TRUE",
        "MORE_THAN, 3000, 150, 2500, MOSTLY_FALSE",
        "MORE_THAN, 3000, 150, 1000, FALSE",
        // AT_LEAST: [v, inf)
        "AT_LEAST, 10000, 500, 10000, TRUE",
        "AT_LEAST, 10000, 500, 8575.46, MOSTLY_FALSE",
        // ALMOST: [v - 10%, v + r]
        "ALMOST, 15, 0.5, 15.18, TRUE",
        "ALMOST, 15, 0.5, 13.5, TRUE",
        "ALMOST, 15, 0.5, 15.6, MOSTLY_TRUE",
        "ALMOST, 15, 0.5, 13.0, MOSTLY_TRUE",
        "ALMOST, 15, 0.5, 25.3, FALSE",
        // ABOUT: v +- max(r, 10%)
        "ABOUT, 400, 20, 440, TRUE",
        "ABOUT, 400, 20, 360, TRUE",
        "ABOUT, 400, 20, 460, MOSTLY_TRUE",
        "ABOUT, 400, 20, 550, FALSE",
        // UP_TO: (-inf, v + r]
        "UP_TO, 8000, 400, 7484, TRUE",
        "UP_TO, 8000, 400, 8400, TRUE",
        "UP_TO, 8000, 400, 9000, MOSTLY_TRUE",
        // LESS_THAN: (-inf, v)
        "LESS_THAN, 25000, 500, 24999, TRUE",
        "LESS_THAN, 25000, 500, 25000, MOSTLY_TRUE",
        "LESS_THAN, 25000, 500, 28000, MOSTLY_FALSE",
        // AT_MOST: (-inf, v]
        "AT_MOST, 5, 0.5, 5, TRUE",
        "AT_MOST, 5, 0.5, 5.4, MOSTLY_TRUE",
        "AT_MOST, 5, 0.5, 7, FALSE",
    })
    void ratesValuesByQualifierInterval(Qualifier q, double v, double r, double actual, Rating expected) {
        assertEquals(expected, rules.value(q, v, r, actual).rating());
    }

    @ParameterizedTest(name = "d={0} -> {1}")
    @CsvSource({"0, TRUE", "0.05, MOSTLY_TRUE", "0.10, MOSTLY_TRUE", "0.11, MOSTLY_FALSE", "0.25, MOSTLY_FALSE",
        "0.26, FALSE", "3, FALSE"})
    void bandsTheDistance(double d, Rating expected) {
        assertEquals(expected, rules.band(d));
    }

    @Test
    void bandsAreConfigurable() {
        EngineSettings d = EngineSettings.defaults();
        RatingRules strict = new RatingRules(new EngineSettings(0.02, 0.05, d.aboutWidth(), d.almostWidth(),
                d.roundingShare(), d.wordFractionPrecision(), d.rankNearMiss(), d.peerCoverage(),
                d.candidateLimit(), d.minMetricScore(), d.maxPeriodGapDays()));
        assertEquals(Rating.FALSE, strict.band(0.08));
        assertEquals(Rating.MOSTLY_TRUE, rules.band(0.08));
    }

    @ParameterizedTest(name = "claimed {0}, actual {1}, tie {2} -> {3}")
    @CsvSource({"1, 1, false, TRUE", "1, 2, true, MOSTLY_TRUE", "1, 2, false, MOSTLY_FALSE",
        "1, 4, false, MOSTLY_FALSE", "1, 5, false, FALSE", "2, 1, false, MOSTLY_FALSE", "2, 12, false, FALSE"})
    void ratesRanks(int claimed, int actual, boolean tie, Rating expected) {
        assertEquals(expected, rules.rank(claimed, actual, tie));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "NOT_ENOUGH_EVIDENCE NOT_ENOUGH_EVIDENCE|NOT_ENOUGH_EVIDENCE",
        "TRUE NOT_ENOUGH_EVIDENCE|TRUE",
        "TRUE TRUE|TRUE",
        "MOSTLY_FALSE MOSTLY_FALSE NOT_ENOUGH_EVIDENCE|MOSTLY_FALSE",
        "TRUE FALSE|MISLEADING",
        "MOSTLY_TRUE MOSTLY_FALSE|MISLEADING",
        "TRUE MOSTLY_TRUE|MOSTLY_TRUE",
        "TRUE MISLEADING|MISLEADING",
        "MOSTLY_FALSE FALSE|FALSE",
        "MISLEADING FALSE|FALSE",
    })
    void combinesCompoundPartsByTheDocumentedRule(String parts, Rating expected) {
        List<Rating> ratings = Arrays.stream(parts.split(" ")).map(Rating::valueOf).toList();
        assertEquals(expected, rules.combine(ratings).rating());
    }

    @Test
    void withinOneStepIsAdjacencyOnTheScale() {
        assertTrue(Rating.TRUE.withinOneStepOf(Rating.MOSTLY_TRUE));
        assertTrue(Rating.MISLEADING.withinOneStepOf(Rating.MOSTLY_FALSE));
        assertTrue(!Rating.TRUE.withinOneStepOf(Rating.MISLEADING));
        assertTrue(!Rating.FALSE.withinOneStepOf(Rating.NOT_ENOUGH_EVIDENCE));
        assertTrue(Rating.NOT_ENOUGH_EVIDENCE.withinOneStepOf(Rating.NOT_ENOUGH_EVIDENCE));
    }

    @ParameterizedTest(name = "margin {0} < {1}")
    @CsvSource({"0, 0.01", "0.01, 0.03", "0.03, 0.2"})
    void confidenceGrowsWithTheMarginFromABoundary(double low, double high) {
        assertTrue(Confidence.of(Rating.TRUE, 0.8, low, false) <= Confidence.of(Rating.TRUE, 0.8, high, false));
    }

    @ParameterizedTest(name = "match {0} < {1}")
    @CsvSource({"0.3, 0.5", "0.5, 0.9"})
    void confidenceGrowsWithTheMetricMatch(double low, double high) {
        assertTrue(Confidence.of(Rating.FALSE, low, 1, false) < Confidence.of(Rating.FALSE, high, 1, false));
        assertTrue(Confidence.of(Rating.FALSE, high, 1, true) < Confidence.of(Rating.FALSE, high, 1, false));
    }
}
