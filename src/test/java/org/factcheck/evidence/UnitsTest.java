package org.factcheck.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"count", "percent", "percentage_points", "years", "ratio", "index", "litres",
        "cubic_metres", "tonnes", "kilograms", "hectares", "square_kilometres", "kilometres", "kilowatt_hours"})
    void acceptsEveryBaseUnit(String unit) {
        assertTrue(Units.isValid(unit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GBP", "USD", "EUR", "JPY", "CHF"})
    void acceptsIsoCurrencyCodes(String unit) {
        assertTrue(Units.isValid(unit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GBP_per_head", "count_per_1000_people", "EUR_per_head", "kilowatt_hours_per_head",
        "tonnes_per_1000_people", "percent_per_head"})
    void acceptsABaseUnitWithADenominator(String unit) {
        assertTrue(Units.isValid(unit));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "pounds", "gbp", "Percent", "GBP ", " count", "GBP_per_person",
        "count_per_100000_people", "_per_head", "per_head", "count_per_head_per_head",
        "count_per_1000_people_per_head", "ZZZ", "GB", "people", "count_per_1000_people "})
    void rejectsAnythingElse(String unit) {
        assertFalse(Units.isValid(unit));
    }

    @Test
    void describesTheVocabularyWithExamplesOfDenominators() {
        String text = Units.describe();

        assertTrue(text.startsWith("count, percent, percentage_points, years, ratio, index,"), text);
        assertTrue(text.contains("an ISO 4217 currency code (GBP, USD, EUR, ...)"), text);
        assertTrue(text.contains("_per_head or _per_1000_people"), text);
        assertTrue(text.endsWith("(e.g. GBP_per_head, count_per_1000_people)"), text);
    }

    @Test
    void namesTheUnknownUnitBeforeTheVocabulary() {
        String message = Units.unknownMessage("pounds");

        assertTrue(message.startsWith("unknown unit 'pounds'; use one of count, "), message);
        assertTrue(message.endsWith(Units.describe()), message);
    }
}
