package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods as claims write them, relative to when the claim was made (here 14 May 2018). */
class PeriodParserTest {

    private static final LocalDate STATED = LocalDate.of(2018, 5, 14);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in 2015|2015-01-01|2015-12-31|YEAR",
        "at the 2011 census|2011-01-01|2011-12-31|YEAR",
        "in 2017/18|2017-04-01|2018-03-31|FINANCIAL_YEAR",
        "in 2017-18|2017-04-01|2018-03-31|FINANCIAL_YEAR",
        "in 2017/2018|2017-04-01|2018-03-31|FINANCIAL_YEAR",
        "in the financial year 2016|2016-04-01|2017-03-31|FINANCIAL_YEAR",
        "life expectancy in 2012-14|2012-01-01|2014-12-31|RANGE",
        "since 2010|2010-01-01|2018-05-14|SINCE",
        "since 2010-11|2010-04-01|2018-05-14|SINCE",
        "between 2010 and 2015|2010-01-01|2015-12-31|RANGE",
        "from 2010 to 2015|2010-01-01|2015-12-31|RANGE",
        "between 2010-11 and 2015-16|2010-04-01|2016-03-31|RANGE",
        "between September 2010 and September 2017|2010-09-01|2017-09-30|RANGE",
        "between December 2017 and December 2019|2017-12-01|2019-12-31|RANGE",
        "in March 2018|2018-03-01|2018-03-31|MONTH",
        "in autumn 2017|2017-09-01|2017-11-30|MONTH",
        "as at 30 September 2017|2017-09-30|2017-09-30|DAY",
        "last year|2017-01-01|2017-12-31|RELATIVE",
        "this year|2018-01-01|2018-12-31|RELATIVE",
        "in the last two years|2016-05-14|2018-05-14|RELATIVE",
        "over the past five years|2013-05-14|2018-05-14|RELATIVE",
        "in the last decade|2008-05-14|2018-05-14|RELATIVE",
        "two years ago|2016-01-01|2016-12-31|RELATIVE",
    })
    void readsPeriodsRelativeToTheStatementDate(String text, String from, String to, ClaimPeriod.Kind kind) {
        List<ClaimPeriod> ps = PeriodParser.parse(text.toLowerCase(), STATED);
        assertEquals(1, ps.size(), () -> ps.toString());
        ClaimPeriod p = ps.get(0);
        assertEquals(LocalDate.parse(from), p.from());
        assertEquals(LocalDate.parse(to), p.to());
        assertEquals(kind, p.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "more than 3,000 police staff",
        "£2,010 a year",
        "over 2000 officers",
    })
    void doesNotReadNumbersAsYears(String text) {
        assertTrue(PeriodParser.parse(text.toLowerCase(), STATED).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rose from £33,990 in 2010 to £38,146 in 2018|2",
        "was more than double the 2010 level in autumn 2017|2",
    })
    void keepsTwoSeparatePeriodsApart(String text, int count) {
        assertEquals(count, PeriodParser.parse(text.toLowerCase(), STATED).size());
    }
}
