package org.factcheck.evidence.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas, quotes or line
 * breaks ({@code ""} for a quote), CRLF or LF line ends. Holds one record in memory at a time and knows the line on
 * which each record starts.
 */
public final class CsvRecordReader {

    /** One record: its fields and the (1-based) line of the file where it starts. */
    public record CsvRecord(long line, List<String> fields) {
    }

    /** A record that cannot be read (an unterminated quote, text after a closing quote). */
    static final class MalformedCsvException extends RuntimeException {
        private final long line;

        MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final int MAX_FIELD_CHARS = 100_000;

    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private final StringBuilder field = new StringBuilder(256);
    private int pos;
    private int len;
    private long line = 1;
    private boolean first = true;

    public CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                endOfLine();
                continue;
            }
            return readRecord();
        }
    }

    private CsvRecord readRecord() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>(16);
        StringBuilder field = this.field;
        field.setLength(0);
        while (true) {
            if (appendPlainRun(field, start, false)) {
                continue;
            }
            int c = read();
            if (c == '"' && field.isEmpty()) {
                readQuoted(field, start);
                int after = peek();
                if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
                    throw new MalformedCsvException(start, "text after a closing quote in field " + (fields.size() + 1));
                }
                continue;
            }
            if (c < 0 || c == '\r' || c == '\n') {
                fields.add(field.toString());
                if (c == '\r' || c == '\n') {
                    pushBackLineEnd(c);
                    endOfLine();
                }
                return new CsvRecord(start, fields);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            append(field, (char) c, start);
        }
    }

    private void readQuoted(StringBuilder field, long start) throws IOException {
        while (true) {
            if (appendPlainRun(field, start, true)) {
                continue;
            }
            int c = read();
            if (c < 0) {
                throw new MalformedCsvException(start, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    append(field, '"', start);
                    continue;
                }
                return;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append(field, (char) c, start);
        }
    }

    /**
     * Appends the characters from the read position up to the next one that needs a decision (a quote or a line
     * break; outside quotes also a comma) in one go; returns false if there were none.
     */
    private boolean appendPlainRun(StringBuilder field, long start, boolean quoted) {
        int end = pos;
        while (end < len) {
            char c = buf[end];
            if (c == '"' || c == '\n' || c == '\r' || (c == ',' && !quoted)) {
                break;
            }
            end++;
        }
        if (end == pos) {
            return false;
        }
        if (field.length() + (end - pos) > MAX_FIELD_CHARS) {
            throw new MalformedCsvException(start, "a field is longer than " + MAX_FIELD_CHARS + " characters");
        }
        field.append(buf, pos, end - pos);
        pos = end;
        return true;
    }

    private void append(StringBuilder field, char c, long start) {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new MalformedCsvException(start, "a field is longer than " + MAX_FIELD_CHARS + " characters");
        }
        field.append(c);
    }

    private void pushBackLineEnd(int c) {
        pos--;
        buf[pos] = (char) c;
    }

    private void endOfLine() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        do {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len > 0 && first) {
                first = false;
                if (buf[0] == '\uFEFF') {
                    pos = 1;
                }
            }
        } while (len > 0 && pos >= len); // a first read that held only the byte order mark: read on
        return len > 0;
    }
}
