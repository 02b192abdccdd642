package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How well a claim's measure words fit a stored metric name (0 = not that statistic). */
class MetricMatcherTest {

    @ParameterizedTest(name = "''{0}'' does not measure ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # one word found (park -> green space) leaves the claim's subject unexplained
            patients northwick park hospital wait longer a&e | Area that is greenspace (share)
            """)
    void scoresNothingForAnotherStatistic(String claim, String metric) {
        assertEquals(0.0, MetricMatcher.score(MetricMatcher.terms(claim), metric));
    }

    @ParameterizedTest(name = "''{0}'' fits ''{1}'' better than ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            residents                  | Population                   | Median annual salary of residents
            cheaper homes              | Average house price (UK HPI) | Number of dwellings
            own home outright people   | Homes owned outright (share) | Number of dwellings
            biggest force              | Police officers (FTE)        | Police staff (FTE)
            police numbers             | Police officers (FTE)        | Recorded crimes (Metropolitan Police) in year
            """)
    void prefersTheMetricTheWordsMean(String claim, String better, String worse) {
        MetricMatcher.ClaimTerms terms = MetricMatcher.terms(claim);
        assertTrue(MetricMatcher.score(terms, better) > MetricMatcher.score(terms, worse),
                MetricMatcher.score(terms, better) + " <= " + MetricMatcher.score(terms, worse));
    }
}
