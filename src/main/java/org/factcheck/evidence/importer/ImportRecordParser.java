package org.factcheck.evidence.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factcheck.common.ProblemError;
import org.factcheck.evidence.Units;

/**
 * Checks one import record field by field (everything that needs no database) and turns it into a row of the COPY
 * staging table.
 */
final class ImportRecordParser {

    static final List<String> FIELDS = List.of("metric", "place", "placeCode", "periodStart", "periodEnd",
            "periodLabel", "value", "unit", "sourceTitle", "sourcePublisher", "sourceUrl", "sourcePublishedOn",
            "sourceId", "quote", "notes");
    static final Set<String> REQUIRED = Set.of("metric", "periodStart", "periodEnd", "value", "unit");
    private static final Set<String> FIELD_SET = Set.copyOf(FIELDS);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,2000}");
    private static final BigDecimal LIMIT = new BigDecimal("1e15");
    private static final int MAX_TEXT = 10_000;

    /** A checked record, in staging-table column order. */
    record Row(long line, String metric, String place, String placeCode, LocalDate periodStart, LocalDate periodEnd,
               String periodLabel, BigDecimal value, String unit, String sourceTitle, String sourcePublisher,
               String sourceUrl, LocalDate sourcePublishedOn, Long sourceId, String quote, String notes) {
    }

    private ImportRecordParser() {
    }

    /** The row, or null with the reasons added to {@code errors}. */
    static Row parse(long line, Map<String, String> f, List<ProblemError> errors) {
        List<ProblemError> own = new ArrayList<>();
        if (f.containsKey("__json")) {
            errors.add(ProblemError.atLine(line, "record", "the line " + f.get("__json")));
            return null;
        }
        if (f.containsKey("__width")) {
            own.add(ProblemError.atLine(line, "record", "has " + f.get("__width")));
        }
        for (String name : f.keySet()) {
            if (!FIELD_SET.contains(name) && !name.startsWith("__")) {
                own.add(ProblemError.atLine(line, name, "is not a field of an evidence record"));
            }
        }
        String metric = text(f, "metric", 300, line, own);
        String place = text(f, "place", 200, line, own);
        String placeCode = text(f, "placeCode", 20, line, own);
        if (placeCode != null && !CODE.matcher(placeCode).matches()) {
            own.add(ProblemError.atLine(line, "placeCode", "'" + clip(placeCode) + "' is not an ONS code"));
        }
        if (place == null && placeCode == null) {
            own.add(ProblemError.atLine(line, "place", "give the place's name, its ONS code, or both"));
        }
        LocalDate start = date(f, "periodStart", line, own);
        LocalDate end = date(f, "periodEnd", line, own);
        if (start != null && end != null && start.isAfter(end)) {
            own.add(ProblemError.atLine(line, "periodEnd", "is before periodStart (" + start + ")"));
        }
        String label = text(f, "periodLabel", 100, line, own);
        BigDecimal value = number(f.get("value"), line, own);
        String unit = text(f, "unit", 60, line, own);
        if (unit != null && !Units.isValid(unit)) {
            own.add(ProblemError.atLine(line, "unit", Units.unknownMessage(clip(unit))));
        }
        for (String required : REQUIRED) {
            if (blank(f.get(required))) {
                own.add(ProblemError.atLine(line, required, "is required"));
            }
        }
        String title = text(f, "sourceTitle", 500, line, own);
        String publisher = text(f, "sourcePublisher", 300, line, own);
        String url = text(f, "sourceUrl", 2000, line, own);
        if (url != null && !URL.matcher(url).matches()) {
            own.add(ProblemError.atLine(line, "sourceUrl", "'" + clip(url) + "' is not an http(s) URL"));
        }
        LocalDate published = date(f, "sourcePublishedOn", line, own);
        Long sourceId = null;
        String rawSourceId = f.get("sourceId");
        if (!blank(rawSourceId)) {
            try {
                sourceId = Long.valueOf(rawSourceId.trim());
            } catch (NumberFormatException e) {
                own.add(ProblemError.atLine(line, "sourceId", "'" + clip(rawSourceId) + "' is not a source id"));
            }
            if (title != null || publisher != null) {
                own.add(ProblemError.atLine(line, "sourceId", "give either sourceId or sourceTitle/sourcePublisher"));
            }
        } else if (title == null || publisher == null) {
            own.add(ProblemError.atLine(line, title == null ? "sourceTitle" : "sourcePublisher",
                    "is required (or give sourceId)"));
        }
        String quote = text(f, "quote", MAX_TEXT, line, own);
        String notes = text(f, "notes", MAX_TEXT, line, own);
        if (!own.isEmpty()) {
            errors.addAll(dedupe(own));
            return null;
        }
        return new Row(line, metric, place, placeCode, start, end, label, value, unit, title, publisher, url, published,
                sourceId, quote, notes);
    }

    private static List<ProblemError> dedupe(List<ProblemError> errors) {
        List<ProblemError> out = new ArrayList<>();
        for (ProblemError e : errors) {
            if (out.stream().noneMatch(o -> o.field().equals(e.field()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Map<String, String> f, String field, int max, long line, List<ProblemError> errors) {
        String v = f.get(field);
        if (blank(v)) {
            return null;
        }
        String t = v.trim();
        if (t.length() > max) {
            errors.add(ProblemError.atLine(line, field, "is longer than " + max + " characters"));
            return null;
        }
        if (t.indexOf('\0') >= 0) {
            errors.add(ProblemError.atLine(line, field, "contains a NUL character"));
            return null;
        }
        return t;
    }

    private static LocalDate date(Map<String, String> f, String field, long line, List<ProblemError> errors) {
        String v = f.get(field);
        if (blank(v)) {
            return null;
        }
        try {
            return isoDate(v.trim());
        } catch (DateTimeException e) {
            errors.add(ProblemError.atLine(line, field, "'" + clip(v) + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** YYYY-MM-DD without a formatter (the common case); anything else goes to {@link LocalDate#parse}. */
    private static LocalDate isoDate(String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int y = digits(t, 0, 4);
            int m = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(t);
    }

    /** The ASCII digits t[from, to) as a number, or -1. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static BigDecimal number(String v, long line, List<ProblemError> errors) {
        if (blank(v)) {
            return null;
        }
        String t = v.trim();
        if (!NUMBER.matcher(t).matches()) {
            errors.add(ProblemError.atLine(line, "value",
                    "'" + clip(t) + "' is not a plain number (digits, optional '-' and '.', no separators or symbols)"));
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        if (d.abs().compareTo(LIMIT) >= 0) {
            errors.add(ProblemError.atLine(line, "value", "must be smaller than 1e15 in size"));
            return null;
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
