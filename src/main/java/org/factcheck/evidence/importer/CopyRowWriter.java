package org.factcheck.evidence.importer;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** Writes rows to a PostgreSQL {@code COPY ... FROM STDIN} (text format) in 256 KiB chunks. */
final class CopyRowWriter {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstColumn = true;

    CopyRowWriter(CopyIn copy) {
        this.copy = copy;
    }

    CopyRowWriter column(Object value) {
        if (!firstColumn) {
            buf.append('\t');
        }
        firstColumn = false;
        if (value == null) {
            buf.append("\\N");
            return this;
        }
        String s = value.toString();
        int first = firstSpecial(s);
        if (first < 0) {
            buf.append(s);
            return this;
        }
        buf.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(c);
            }
        }
        return this;
    }

    /** The index of the first character that COPY's text format escapes, or -1 (most fields have none). */
    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    void endRow() throws SQLException {
        buf.append('\n');
        firstColumn = true;
        if (buf.length() >= FLUSH_AT) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void flush() throws SQLException {
        if (buf.length() > 0) {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buf.setLength(0);
        }
    }
}
