package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as people write them: value, unit, qualifier and the claim's own rounding. */
class QuantityParserTest {

    private final QuantityParser parser = new QuantityParser(EngineSettings.defaults());

    private Quantity only(String text) {
        String lower = Normaliser.normalise(text).text().toLowerCase();
        List<Quantity> qs = parser.parse(lower);
        assertEquals(1, qs.size(), () -> "quantities in '" + text + "': " + qs);
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Barnet has 700 officers|700|COUNT|EXACT|35",
        "more than 3,000 police staff|3000|COUNT|MORE_THAN|150",
        "a budget of £1.2bn|1200000000|GBP|EXACT|50000000",
        "London has lost over £700 million|700000000|GBP|MORE_THAN|35000000",
        "London has lost £700m|700000000|GBP|EXACT|35000000",
        "three thousand people|3000|COUNT|EXACT|150",
        "almost 15 per cent of the population|15|PERCENT|ALMOST|0.5",
        "almost 15 percent of the population|15|PERCENT|ALMOST|0.5",
        "15% of residents|15|PERCENT|EXACT|0.5",
        "14.8% of residents|14.8|PERCENT|EXACT|0.05",
        "120 police buildings|120|COUNT|EXACT|5",
        "11 Jewish candidates|11|COUNT|EXACT|0.5",
        "about 400 officers|400|COUNT|ABOUT|20",
        "around 400 officers|400|COUNT|ABOUT|20",
        "roughly 400 officers|400|COUNT|ABOUT|20",
        "some 400 officers|400|COUNT|ABOUT|20",
        "approximately 400 officers|400|COUNT|ABOUT|20",
        "circa 400 officers|400|COUNT|ABOUT|20",
        "~400 officers|400|COUNT|ABOUT|20",
        "nearly 400 officers|400|COUNT|ALMOST|20",
        "just under 400 officers|400|COUNT|ALMOST|20",
        "close to 400 officers|400|COUNT|ALMOST|20",
        "approaching 400 officers|400|COUNT|ALMOST|20",
        "at least 400 officers|400|COUNT|AT_LEAST|20",
        "no fewer than 400 officers|400|COUNT|AT_LEAST|20",
        "no less than £400m|400000000|GBP|AT_LEAST|20000000",
        "400 or more officers|400|COUNT|AT_LEAST|20",
        "up to 400 officers|400|COUNT|UP_TO|20",
        "as many as 400 officers|400|COUNT|UP_TO|20",
        "less than 400 officers|400|COUNT|LESS_THAN|20",
        "fewer than 400 officers|400|COUNT|LESS_THAN|20",
        "under 400 officers|400|COUNT|LESS_THAN|20",
        "below 5%|5|PERCENT|LESS_THAN|0.5",
        "at most 400 officers|400|COUNT|AT_MOST|20",
        "no more than 400 officers|400|COUNT|AT_MOST|20",
        "above 5%|5|PERCENT|MORE_THAN|0.5",
        "in excess of £2bn|2000000000|GBP|MORE_THAN|500000000",
        "upwards of 2,000 homes|2000|COUNT|MORE_THAN|100",
        "a quarter of a million people|250000|COUNT|EXACT|5000",
        "half a million households|500000|COUNT|EXACT|10000",
        "£3.3bn|3300000000|GBP|EXACT|50000000",
        "£85.2m|85200000|GBP|EXACT|50000",
        "£25,000 a year|25000|GBP|EXACT|500",
        "700 pounds|700|GBP|EXACT|35",
        "1.5 million people|1500000|COUNT|EXACT|50000",
        "15k officers|15000|COUNT|EXACT|500",
        "a 3 percentage point rise|3|PERCENTAGE_POINTS|EXACT|0.5",
        "twenty-five officers|25|COUNT|EXACT|0.5",
        "two hundred and fifty homes|250|COUNT|EXACT|5",
        "a hundred officers|100|COUNT|EXACT|5",
        "a dozen stations|12|COUNT|EXACT|0.5",
    })
    void readsValueUnitQualifierAndRounding(String text, String value, Unit unit, Qualifier qualifier,
            String precision) {
        Quantity q = only(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value of " + q);
        assertEquals(unit, q.unit());
        assertEquals(qualifier, q.qualifier());
        assertEquals(0, new BigDecimal(precision).compareTo(q.precision()), () -> "precision of " + q);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a third of residents|33.33|PERCENT",
        "two thirds of residents|66.67|PERCENT",
        "half of all homes|50|PERCENT",
        "a quarter of Harrow's residents|25|PERCENT",
        "three quarters of staff|75|PERCENT",
        "one in five children|20|PERCENT",
        "1 in 4 adults|25|PERCENT",
        "house prices doubled|2|MULTIPLE",
        "rough sleeping has tripled|3|MULTIPLE",
        "PCSO numbers halved|0.5|MULTIPLE",
        "twice as many officers|2|MULTIPLE",
        "three times as many officers|3|MULTIPLE",
        "risen fivefold|5|MULTIPLE",
        "a 2.5 times rise|2.5|MULTIPLE",
    })
    void readsFractionsSharesAndMultiples(String text, String value, Unit unit) {
        Quantity q = only(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value of " + q);
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fractions in words round to 2%: a third|a third of residents|0.6666",
        "Doubled rounds to 2% of 2|house prices doubled|0.04",
    })
    void wordFractionsUseTwoPercentRounding(String why, String text, String precision) {
        assertEquals(0, new BigDecimal(precision).compareTo(only(text).precision()), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Crime rose in 2015",
        "since 2010 nothing changed",
        "I have been in office for two years",
        "in the last three years",
        "He was second in the list",
        "one of the highest in London",
        "figures for 2017/18",
        "No-one should take lectures",
        "two years ago",
    })
    void ignoresYearsDurationsAndPronouns(String text) {
        String lower = text.toLowerCase();
        List<int[]> masks = PeriodParser.parse(lower, java.time.LocalDate.of(2018, 5, 1)).stream()
                .map(p -> new int[] {p.start(), p.end()}).toList();
        assertTrue(parser.parse(lower, masks).isEmpty(), () -> parser.parse(lower, masks).toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "15, 1, 0.5",
        "14.8, 1, 0.05",
        "3000, 1, 150",
        "700, 1000000, 35000000",
        "120, 1, 5",
        "11, 1, 0.5",
        "1.2, 1000000000, 50000000",
        "100, 1, 5",
        "1.50, 1, 0.05",
        "2, 1000000000, 500000000",
    })
    void computesTheClaimsOwnRoundingPerTheRules(String written, String multiplier, String expected) {
        BigDecimal r = QuantityParser.precision(written, new BigDecimal(multiplier), 0.05);
        assertEquals(0, new BigDecimal(expected).compareTo(r), () -> written + " gave " + r);
    }
}
