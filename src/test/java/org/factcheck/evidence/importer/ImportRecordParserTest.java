package org.factcheck.evidence.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factcheck.common.ProblemError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportRecordParserTest {

    private static final long LINE = 17;

    private final List<ProblemError> errors = new ArrayList<>();

    /** Barnet's Jewish population share on census day, as census-2011-religion.csv states it. */
    private static Map<String, String> barnetRecord() {
        Map<String, String> f = new HashMap<>();
        f.put("metric", "Jewish population share (Census 2011)");
        f.put("place", "Barnet");
        f.put("placeCode", "E09000003");
        f.put("periodStart", "2011-03-27");
        f.put("periodEnd", "2011-03-27");
        f.put("periodLabel", "2011");
        f.put("value", "15.18");
        f.put("unit", "percent");
        f.put("sourceTitle", "2011 Census: DC2107EW Religion by sex by age (local authorities)");
        f.put("sourcePublisher", "Office for National Statistics (ONS)");
        f.put("sourceUrl", "https://www.nomisweb.co.uk/census/2011/dc2107ew");
        f.put("sourcePublishedOn", "");
        f.put("quote", "Table DC2107EW | row Barnet (E09000003) | column Religion: Jewish: 54084");
        f.put("notes", "derived: Jewish / All categories: Religion x 100");
        return f;
    }

    private ImportRecordParser.Row parse(Map<String, String> f) {
        return ImportRecordParser.parse(LINE, f, errors);
    }

    private ImportRecordParser.Row parseWith(String field, String value) {
        Map<String, String> f = barnetRecord();
        f.put(field, value);
        return parse(f);
    }

    private ProblemError onlyError() {
        assertEquals(1, errors.size(), "errors: " + errors);
        assertEquals(LINE, errors.get(0).line());
        return errors.get(0);
    }

    @Test
    void turnsAValidRecordIntoAStagingRow() {
        ImportRecordParser.Row row = parse(barnetRecord());

        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(LINE, row.line());
        assertEquals("Jewish population share (Census 2011)", row.metric());
        assertEquals(LocalDate.of(2011, 3, 27), row.periodStart());
        assertEquals(new BigDecimal("15.18"), row.value());
        assertEquals("percent", row.unit());
        assertNull(row.sourcePublishedOn(), "an empty field is absent");
        assertNull(row.sourceId());
    }

    @Test
    void trimsTextFields() {
        ImportRecordParser.Row row = parseWith("metric", "  Jewish population share  ");

        assertEquals("Jewish population share", row.metric());
    }

    @ParameterizedTest(name = "{0} missing")
    @ValueSource(strings = {"metric", "periodStart", "periodEnd", "value", "unit"})
    void rejectsARecordWithoutARequiredField(String field) {
        Map<String, String> absent = barnetRecord();
        absent.remove(field);
        assertNull(parse(absent));
        assertEquals(new ProblemError(field, "is required", LINE), onlyError());

        errors.clear();
        assertNull(parseWith(field, "   "));
        assertEquals(field, onlyError().field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1000               | 1000",
        "-3.5               | -3.5",
        "' 42 '             | 42",
        "0.000001           | 0.000001",
        "1e3                | 1000",
        "2.5E-2             | 0.025",
        "999999999999999.99 | 999999999999999.99"})
    void readsPlainNumbers(String text, String expected) {
        ImportRecordParser.Row row = parseWith("value", text);

        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(0, new BigDecimal(expected).compareTo(row.value()), () -> row.value() + " for " + text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,000", "NaN", "Infinity", "-Infinity", "£85.2m", "12%", "1 000", ".5", "5.", "+5",
        "0x10", "15.18 percent", "--1", "1e1000"})
    void rejectsValuesThatAreNotPlainNumbers(String text) {
        assertNull(parseWith("value", text));

        ProblemError e = onlyError();
        assertEquals("value", e.field());
        assertTrue(e.message().contains("is not a plain number"), e.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e309", "1e15", "-1e15", "1000000000000000", "-999e13"})
    void rejectsValuesOfOneQuadrillionOrMore(String text) {
        assertNull(parseWith("value", text));

        assertEquals(new ProblemError("value", "must be smaller than 1e15 in size", LINE), onlyError());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"count", "percent", "percentage_points", "years", "ratio", "index", "GBP", "USD", "EUR",
        "GBP_per_head", "count_per_1000_people", "kilowatt_hours", "tonnes_per_head"})
    void acceptsUnitsOfTheVocabulary(String unit) {
        assertNotNull(parseWith("unit", unit), errors::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pounds", "gbp", "GBP_per_person", "_per_head", "per_1000_people", "%", "Count",
        "count_per_1000_people_per_head"})
    void rejectsUnknownUnitsListingTheVocabulary(String unit) {
        assertNull(parseWith("unit", unit));

        ProblemError e = onlyError();
        assertEquals("unit", e.field());
        assertTrue(e.message().startsWith("unknown unit '" + unit + "'"), e.message());
        assertTrue(e.message().contains("GBP_per_head, count_per_1000_people"), e.message());
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("periodStart", "27/03/2011", "is not a date (YYYY-MM-DD)"),
                Arguments.of("periodStart", "2011-02-30", "is not a date (YYYY-MM-DD)"),
                Arguments.of("periodEnd", "2011-3-27", "is not a date (YYYY-MM-DD)"),
                Arguments.of("periodEnd", "2011-03-26", "is before periodStart (2011-03-27)"),
                Arguments.of("sourcePublishedOn", "January 2018", "is not a date (YYYY-MM-DD)"),
                Arguments.of("placeCode", "E09-000003", "is not an ONS code"),
                Arguments.of("placeCode", "E".repeat(21), "is longer than 20 characters"),
                Arguments.of("sourceUrl", "ftp://example.org/file.ods", "is not an http(s) URL"),
                Arguments.of("sourceUrl", "www.nomisweb.co.uk", "is not an http(s) URL"),
                Arguments.of("sourceUrl", "https://example.org/a b", "is not an http(s) URL"),
                Arguments.of("metric", "m".repeat(301), "is longer than 300 characters"),
                Arguments.of("metric", "nul\0inside", "contains a NUL character"),
                Arguments.of("place", "p".repeat(201), "is longer than 200 characters"),
                Arguments.of("periodLabel", "l".repeat(101), "is longer than 100 characters"),
                Arguments.of("unit", "u".repeat(61), "is longer than 60 characters"),
                Arguments.of("sourceTitle", "t".repeat(501), "is longer than 500 characters"),
                Arguments.of("sourcePublisher", "p".repeat(301), "is longer than 300 characters"),
                Arguments.of("quote", "q".repeat(10_001), "is longer than 10000 characters"),
                Arguments.of("notes", "n".repeat(10_001), "is longer than 10000 characters"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badFields")
    void rejectsABadField(String field, String value, String reason) {
        assertNull(parseWith(field, value));

        ProblemError e = onlyError();
        assertEquals(field, e.field());
        assertTrue(e.message().endsWith(reason), e.message());
    }

    @Test
    void acceptsTheLongestAllowedTexts() {
        Map<String, String> f = barnetRecord();
        f.put("metric", "m".repeat(300));
        f.put("quote", "q".repeat(10_000));

        assertNotNull(parse(f), errors::toString);
    }

    @Test
    void acceptsASnapshotWhoseStartIsItsEnd() {
        ImportRecordParser.Row row = parseWith("periodEnd", "2011-03-27");

        assertEquals(row.periodStart(), row.periodEnd());
    }

    @Test
    void needsThePlaceNameOrCode() {
        Map<String, String> byCode = barnetRecord();
        byCode.remove("place");
        assertNotNull(parse(byCode));
        Map<String, String> byName = barnetRecord();
        byName.put("placeCode", "");
        assertNotNull(parse(byName));
        Map<String, String> neither = barnetRecord();
        neither.remove("place");
        neither.put("placeCode", " ");

        assertNull(parse(neither));
        assertEquals(new ProblemError("place", "give the place's name, its ONS code, or both", LINE), onlyError());
    }

    @Test
    void takesAStoredSourceByIdInsteadOfTitleAndPublisher() {
        Map<String, String> f = barnetRecord();
        f.remove("sourceTitle");
        f.remove("sourcePublisher");
        f.put("sourceId", " 7 ");

        ImportRecordParser.Row row = parse(f);

        assertEquals(7L, row.sourceId());
        assertNull(row.sourceTitle());
    }

    @Test
    void refusesASourceIdNextToAnInlineSource() {
        assertNull(parseWith("sourceId", "7"));

        assertEquals(new ProblemError("sourceId", "give either sourceId or sourceTitle/sourcePublisher", LINE),
                onlyError());
    }

    @Test
    void refusesASourceIdThatIsNotANumber() {
        Map<String, String> f = barnetRecord();
        f.remove("sourceTitle");
        f.remove("sourcePublisher");
        f.put("sourceId", "ONS");

        assertNull(parse(f));
        assertEquals(new ProblemError("sourceId", "'ONS' is not a source id", LINE), onlyError());
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"sourceTitle, sourceTitle", "sourcePublisher, sourcePublisher"})
    void needsTheSourceTitleAndPublisherWithoutASourceId(String removed, String reported) {
        Map<String, String> f = barnetRecord();
        f.remove(removed);

        assertNull(parse(f));
        assertEquals(new ProblemError(reported, "is required (or give sourceId)", LINE), onlyError());
    }

    @Test
    void namesAFieldThatIsNotPartOfAnEvidenceRecord() {
        assertNull(parseWith("colour", "red"));

        assertEquals(new ProblemError("colour", "is not a field of an evidence record", LINE), onlyError());
    }

    @Test
    void reportsARecordOfTheWrongWidth() {
        Map<String, String> f = barnetRecord();
        f.put("__width", "13 fields where the header has 14");

        assertNull(parse(f));
        assertEquals(new ProblemError("record", "has 13 fields where the header has 14", LINE), onlyError());
    }

    @Test
    void reportsALineThatIsNotJsonAndNothingElse() {
        Map<String, String> f = new HashMap<>();
        f.put("__json", "is not a JSON object");

        assertNull(parse(f));
        assertEquals(new ProblemError("record", "the line is not a JSON object", LINE), onlyError());
    }

    @Test
    void reportsEveryBadFieldOnceWithTheRecordLine() {
        Map<String, String> f = barnetRecord();
        f.put("value", "1,000");
        f.put("unit", "pounds");
        f.put("periodStart", "yesterday");
        f.remove("metric");

        assertNull(parse(f));

        assertEquals(List.of("metric", "periodStart", "unit", "value"),
                errors.stream().map(ProblemError::field).sorted().toList());
        assertTrue(errors.stream().allMatch(e -> e.line() == LINE), errors::toString);
    }
}
