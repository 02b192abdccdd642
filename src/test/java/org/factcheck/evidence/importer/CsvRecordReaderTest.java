package org.factcheck.evidence.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factcheck.evidence.importer.CsvRecordReader.CsvRecord;
import org.factcheck.evidence.importer.CsvRecordReader.MalformedCsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReaderTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("plain fields", "a,b,c", List.of("a", "b", "c")),
                Arguments.of("a quoted comma", "\"Kensington, Chelsea\",x", List.of("Kensington, Chelsea", "x")),
                Arguments.of("doubled quotes", "\"the \"\"Met\"\"\",x", List.of("the \"Met\"", "x")),
                Arguments.of("an empty quoted field", "\"\",x", List.of("", "x")),
                Arguments.of("only a doubled quote", "\"\"\"\"", List.of("\"")),
                Arguments.of("empty fields", "a,,c,", List.of("a", "", "c", "")),
                Arguments.of("an LF inside quotes", "\"two\nlines\",x", List.of("two\nlines", "x")),
                Arguments.of("a CRLF inside quotes", "\"two\r\nlines\",x", List.of("two\r\nlines", "x")),
                Arguments.of("a quote inside an unquoted field", "6\" wide,x", List.of("6\" wide", "x")),
                Arguments.of("spaces kept", " a , b ", List.of(" a ", " b ")),
                Arguments.of("a quoted field last", "x,\"a,b\"", List.of("x", "a,b")),
                Arguments.of("non-ASCII text", "Ynys Môn,£85.2m", List.of("Ynys Môn", "£85.2m")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void splitsOneRecordIntoFields(String what, String line, List<String> expected) throws IOException {
        for (String end : List.of("", "\n", "\r\n")) {
            List<CsvRecord> records = readAll(line + end);
            assertEquals(1, records.size(), "records of " + what + " ending " + end.length());
            assertEquals(expected, records.get(0).fields(), what);
            assertEquals(1, records.get(0).line());
        }
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void numbersRecordsByTheLineTheyStartOn(String ending) throws IOException {
        String nl = switch (ending) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String file = "h1,h2" + nl + "a,b" + nl + "\"multi" + nl + "line" + nl + "field\",c" + nl + "d,e" + nl;

        List<CsvRecord> records = readAll(file);

        assertEquals(List.of(1L, 2L, 3L, 6L), lines(records));
        assertEquals(List.of("multi" + nl + "line" + nl + "field", "c"), records.get(2).fields());
        assertEquals(List.of("d", "e"), records.get(3).fields());
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        List<CsvRecord> records = readAll("h\n\n\r\na\n\n\nb\n\n");

        assertEquals(List.of(1L, 4L, 7L), lines(records));
        assertEquals(List.of("b"), records.get(2).fields());
    }

    @Test
    void dropsAByteOrderMarkBeforeTheHeader() throws IOException {
        List<CsvRecord> records = readAll("\uFEFFmetric,place\r\nx,y\r\n");

        assertEquals(List.of("metric", "place"), records.get(0).fields());
        assertEquals(List.of(1L, 2L), lines(records));
    }

    @Test
    void readsTheLastRecordWithoutALineEnd() throws IOException {
        assertEquals(List.of(List.of("h"), List.of("last", "row")), fields(readAll("h\nlast,row")));
    }

    @Test
    void returnsNothingForAnEmptyOrBlankInput() throws IOException {
        assertTrue(readAll("").isEmpty());
        assertTrue(readAll("\n\r\n\n").isEmpty());
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheLineWhereTheRecordStarts() {
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> readAll("h1,h2\na,b\n\"never closed,x\nmore\n"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> readAll("h\n\"a\"b,c\n"));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("after a closing quote"), e.getMessage());
    }

    @Test
    void refusesAFieldOfMoreThanOneHundredThousandCharacters() {
        String huge = "x".repeat(100_001);

        assertThrows(MalformedCsvException.class, () -> readAll("h\n" + huge + "\n"));
        assertThrows(MalformedCsvException.class, () -> readAll("h\n\"" + huge + "\"\n"));
    }

    @Test
    void readsAQuotedFieldThatSpansTheReadBuffer() throws IOException {
        String longText = "y".repeat(70_000) + "\r\n" + "z".repeat(10);
        String file = "h1,h2\r\n\"" + longText + "\",after\r\nnext,row\r\n";

        List<CsvRecord> records = readAll(file);

        assertEquals(List.of(longText, "after"), records.get(1).fields());
        assertEquals(List.of(1L, 2L, 4L), lines(records));
    }

    @Test
    void readsTheSameRecordsWhenTheInputArrivesOneCharacterAtATime() throws IOException {
        String file = "h1,h2\r\n\"a,\r\nb\",c\r\n\r\nd,\"e\"\"\"\n";

        List<CsvRecord> trickled = readAll(new OneCharAtATimeReader(file));

        assertEquals(List.of(List.of("h1", "h2"), List.of("a,\r\nb", "c"), List.of("d", "e\"")), fields(trickled));
        assertEquals(List.of(1L, 2L, 5L), lines(trickled));
    }

    @Test
    void readsAFileWhoseFirstReadHoldsOnlyTheByteOrderMark() throws IOException {
        List<CsvRecord> trickled = readAll(new OneCharAtATimeReader("\uFEFFmetric,place\r\nx,y\r\n"));

        assertEquals(List.of(List.of("metric", "place"), List.of("x", "y")), fields(trickled));
    }

    @Test
    void keepsReturningNullAtTheEnd() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("a\n"));

        reader.next();

        assertNull(reader.next());
        assertNull(reader.next());
    }

    private static List<CsvRecord> readAll(String text) throws IOException {
        return readAll(new StringReader(text));
    }

    private static List<CsvRecord> readAll(Reader in) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    private static List<Long> lines(List<CsvRecord> records) {
        return records.stream().map(CsvRecord::line).toList();
    }

    private static List<List<String>> fields(List<CsvRecord> records) {
        return records.stream().map(CsvRecord::fields).toList();
    }

    /** A reader that hands over one character per read, as a slow network stream may. */
    private static final class OneCharAtATimeReader extends Reader {
        private final String text;
        private int pos;

        OneCharAtATimeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            buf[off] = text.charAt(pos++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
