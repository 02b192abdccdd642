package org.factcheck.hostile;

import static org.factcheck.hostile.HostileRequestGenerator.bytes;
import static org.factcheck.hostile.HostileRequestGenerator.concat;
import static org.factcheck.hostile.HostileValues.pick;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile import files: CSV with stray and unbalanced quotes, embedded newlines, ragged rows, BOMs, NUL bytes, bad
 * encodings, duplicate and unknown columns, broken values; NDJSON with broken, nested and oversized lines.
 */
final class HostileFiles {

    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String HEADER = "metric,place,placeCode,periodStart,periodEnd,periodLabel,value,unit,"
            + "sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn,quote,notes";
    private static final String[] COLUMNS = HEADER.split(",");

    private HostileFiles() {
    }

    static HostileRequest next(Random random, HostileRequest.Builder b, Map<String, ApiOperation.Body> bodies) {
        String onError = random.nextInt(4) == 0 ? pick(random, List.of("skip", "fail", "SKIP", "", "%00", "ignore")) : null;
        if (onError != null) {
            b.query("onError", onError);
        }
        HostileRequest file = bodies.containsKey(NDJSON) && random.nextInt(3) == 0 ? ndjson(random, b) : csv(random, b);
        boolean badMode = onError != null && !List.of("skip", "fail", "").contains(onError);
        return badMode ? b.culprit("onError").build() : file;
    }

    /** A data row that the service refuses as it stands: a made-up metric with the unit "furlongs". */
    private static List<String> row(Random random) {
        List<String> row = new ArrayList<>(List.of("Hostile metric " + random.nextInt(1000), "Barnet", "E09000003",
                "2020-01-01", "2020-12-31", "2020", "42", "furlongs", "Hostile source", "factcheck tests",
                "https://example.org/h", "2021-01-15", "Table 1", ""));
        return row;
    }

    private static HostileRequest csv(Random random, HostileRequest.Builder b) {
        String charset = pick(random, List.of("", "; charset=UTF-8", "; charset=ISO-8859-1", "; charset=klingon",
                "; charset=UTF-16"));
        List<String> row = row(random);
        String header = HEADER;
        String culprit = "unit";
        String what;
        byte[] prefix = new byte[0];
        String rows;
        switch (random.nextInt(12)) {
            case 0 -> {
                int col = random.nextInt(COLUMNS.length);
                row.set(col, pick(random, HostileValues.TEXTS));
                culprit = COLUMNS[col].equals("unit") || row.get(col).equals("furlongs") ? "unit" : null;
                what = "hostile " + COLUMNS[col];
                rows = line(row);
            }
            case 1 -> {
                row.set(random.nextBoolean() ? 13 : 12, "a \"quoted\" word,\nsecond line\r\nthird");
                what = "embedded newlines";
                rows = line(row);
            }
            case 2 -> {
                List<String> ragged = row.subList(0, random.nextInt(row.size()));
                what = "ragged row (" + ragged.size() + " fields)";
                culprit = null;
                rows = String.join(",", ragged) + "\n" + String.join(",", row) + ",extra,fields\n";
            }
            case 3 -> {
                prefix = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                what = "BOM";
                rows = line(row);
            }
            case 4 -> {
                what = "unbalanced quote";
                culprit = null;
                rows = "\"" + String.join(",", row) + "\n" + String.join(",", row) + "\n";
            }
            case 5 -> {
                what = "stray quote";
                culprit = null;
                rows = String.join(",", row).replace("Barnet", "Bar\"net") + "\n";
            }
            case 6 -> {
                header = pick(random, List.of("", "metric", HEADER + ",metric", HEADER + ",colour", "\"" + HEADER,
                        HEADER.toUpperCase(), HEADER.replace(",", ";"), "\u0000", HEADER + ",sourceId"));
                what = "header '" + header + "'";
                culprit = null;
                rows = line(row);
            }
            case 7 -> {
                int col = pick(random, List.of(3, 4, 6, 11));
                row.set(col, pick(random, List.of("NaN", "1e309", "-0", "2011-02-30", "0x10", "", "1,5", "Infinity",
                        "9".repeat(400), "1e1000000000", "12 345")));
                row.set(7, "count");
                culprit = COLUMNS[col];
                what = "bad " + culprit;
                rows = line(row);
            }
            case 8 -> {
                boolean huge = random.nextBoolean();
                row.set(12, "q".repeat(huge ? 2_000_000 : 10_001));
                row.set(7, "count");
                culprit = huge ? null : "quote"; // over 100,000 characters the CSV reader refuses the line itself
                what = "huge quote";
                rows = line(row);
            }
            case 9 -> {
                what = "line endings";
                culprit = null;
                rows = String.join(",", row) + pick(random, List.of("\r", "\r\n", "", "\n\n\n", "\u2028"));
            }
            case 10 -> {
                what = "many columns";
                culprit = null;
                rows = ",".repeat(50_000) + "\n";
            }
            default -> {
                what = "NUL bytes";
                culprit = null;
                rows = String.join(",", row).replace(",", ",\u0000") + "\n";
            }
        }
        byte[] body = concat(prefix, (header + "\n" + rows).getBytes(
                charset.contains("UTF-16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
        return b.what("csv " + what + charset).culprit(charset.isEmpty() || charset.contains("UTF-8") ? culprit : null)
                .body(CSV + charset, body).chunked(random.nextInt(4) == 0).build();
    }

    private static HostileRequest ndjson(Random random, HostileRequest.Builder b) {
        String good = "{\"metric\": \"Hostile metric\", \"place\": \"Barnet\", \"periodStart\": \"2020-01-01\", "
                + "\"periodEnd\": \"2020-12-31\", \"value\": 42, \"unit\": \"furlongs\", \"source\": {\"title\": \"t\", "
                + "\"publisher\": \"p\"}}";
        String culprit = null;
        String line = switch (random.nextInt(8)) {
            case 0 -> good.substring(0, random.nextInt(good.length()));
            case 1 -> "[".repeat(50_000);
            case 2 -> pick(random, List.of("", "null", "[]", "1", "\"x\"", "{}", "{\"metric\": [\"a\"]}", "\u0000"));
            case 3 -> {
                String value = pick(random, List.of("NaN", "1e309", "\"x\"", "[]", "1e1000000000", "{}"));
                culprit = value.equals("NaN") ? null : "value"; // a line with NaN is not JSON at all
                yield good.replace("42", value);
            }
            case 4 -> good.replace("Hostile metric", "x".repeat(2_000_000));
            case 5 -> good.replace("\"value\"", "\"colour\": 1, \"value\"");
            case 6 -> good + "\n" + good + " trailing";
            default -> {
                culprit = "unit";
                yield good.replace("Hostile metric", pick(random, HostileValues.TEXTS).replace("\\", "\\\\")
                        .replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                        .replace("\u0000", "\\u0000").replace("\u0001", "\\u0001").replace("\u0007", "\\u0007")
                        .replace("\u001b", "\\u001b"));
            }
        };
        return b.what("ndjson").culprit(culprit).body(NDJSON, bytes(line + "\n")).chunked(random.nextInt(4) == 0)
                .build();
    }

    private static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(sb.length() == 0 ? "" : ",").append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        return sb.append('\n').toString();
    }
}
