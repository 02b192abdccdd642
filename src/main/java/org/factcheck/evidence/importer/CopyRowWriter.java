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
        for (int i = 0; i < s.length(); i++) {
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
