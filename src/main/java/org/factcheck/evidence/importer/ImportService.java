package org.factcheck.evidence.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.factcheck.common.ApiException;
import org.factcheck.common.ProblemError;
import org.factcheck.place.service.GazetteerCache;
import org.postgresql.PGConnection;

/**
 * Bulk import of evidence: the file is read as a stream, each record checked in Java, and the good ones streamed
 * through {@code COPY} into a temporary staging table; set-based SQL then resolves places and sources, once per
 * distinct one, and inserts in one pass. Duplicates are left to the unique key and looked up only when it refuses a
 * row. One transaction: with {@link ImportMode#FAIL} a single bad record imports nothing. Where the time goes, and
 * the benchmark against {@code psql \copy}: src/bench/README.md.
 */
@ApplicationScoped
public class ImportService {

    /** Most bad records listed in one answer; the detail gives the full count. */
    static final int MAX_LISTED_ERRORS = 10_000;

    private static final String STAGING = """
            drop table if exists pg_temp.import_row, pg_temp.import_error, pg_temp.import_place,
                                 pg_temp.import_source, pg_temp.import_metric;
            create temp table import_row (
                line_no bigint not null, metric text not null, place text, place_code text,
                period_start date not null, period_end date not null, period_label text, value numeric not null,
                unit text not null, source_title text, source_publisher text, source_url text,
                source_published_on date, source_id bigint, quote text, notes text
            ) on commit drop;
            create temp table import_error (line_no bigint not null, field text, message text) on commit drop;
            """;

    private static final String COPY = "copy import_row (line_no, metric, place, place_code, period_start, period_end, "
            + "period_label, value, unit, source_title, source_publisher, source_url, source_published_on, source_id, "
            + "quote, notes) from stdin";

    /**
     * The places the file names (one row per distinct name and code, with the first line using them), resolved by
     * name (or alias) and by code. One pass over the rows; the place checks below work on these few.
     */
    private static final String RESOLVE_PLACES = """
            analyze import_row;
            create temp table import_place on commit drop as
            select d.place, d.place_code, d.first_line,
                   coalesce((select p.id from place p where lower(p.name) = lower(d.place)),
                            (select a.place_id from place_alias a where lower(a.alias) = lower(d.place))) as by_name,
                   (select p.id from place p where p.code = d.place_code) as by_code,
                   cast(null as bigint) as place_id, cast(null as tsvector) as doc
            from (select place, place_code, min(line_no) as first_line from import_row
                  group by place, place_code) d;
            update import_place set place_id = coalesce(by_name, by_code)
            where by_name is null or by_code is null or by_name = by_code;
            analyze import_place;
            """;

    /**
     * Errors that need the database, except duplicates ({@link #FIND_DUPLICATES}). Place conflicts are found among
     * the distinct places; the rows are read only for conflicting ones (a hash join whose inner side is empty does
     * not scan its outer side).
     */
    private static final String FIND_ERRORS = """
            with conflict as (
                select ip.place, ip.place_code from import_place ip
                where (ip.by_name is not null and ip.by_code is not null and ip.by_name <> ip.by_code)
                   or (ip.by_name is not null and ip.place_code is not null and ip.by_code is null
                       and (select p.code from place p where p.id = ip.by_name) is not null)
                   or (ip.by_name is null and ip.place is not null and ip.by_code is not null)
                   or (ip.place is null and ip.by_code is null)
            )
            insert into import_error (line_no, field, message)
            select r.line_no, 'placeCode', 'place ''' || c.place || ''' and code ' || c.place_code
                   || ' name different places'
            from conflict c
            join import_row r on coalesce(r.place, '') = coalesce(c.place, '')
                             and coalesce(r.place_code, '') = coalesce(c.place_code, '');

            with first_use as (
                select place, place_code,
                       first_value(place_code) over (partition by lower(place) order by first_line) as code_of_name,
                       first_value(first_line) over (partition by lower(place) order by first_line) as name_line,
                       first_value(place) over (partition by place_code order by first_line) as name_of_code,
                       first_value(first_line) over (partition by place_code order by first_line) as code_line
                from import_place
                where by_name is null and by_code is null and place is not null and place_code is not null
            ), conflict as (
                select * from first_use where place_code <> code_of_name or lower(place) <> lower(name_of_code)
            )
            insert into import_error (line_no, field, message)
            select r.line_no, 'placeCode',
                   case when c.place_code <> c.code_of_name
                        then 'place ''' || c.place || ''' has code ' || c.code_of_name || ' on line ' || c.name_line
                        else 'code ' || c.place_code || ' is given to ''' || c.name_of_code || ''' on line '
                             || c.code_line
                   end
            from conflict c
            join import_row r on r.place = c.place and r.place_code = c.place_code;

            insert into import_error (line_no, field, message)
            select r.line_no, 'sourceId', 'no source with id ' || r.source_id
            from import_row r
            where r.source_id is not null and not exists (select 1 from source s where s.id = r.source_id);
            """;

    /**
     * Duplicates, within the file and of stored records. The unique key {@code evidence_key_uk} refuses both anyway,
     * so these two passes (the first sorts every row by its key) run only when the insert hit that key, or when the
     * file is refused for other errors and every problem is listed.
     */
    private static final String FIND_DUPLICATES = """
            insert into import_error (line_no, field, message)
            select d.line_no, 'metric', 'duplicate of line ' || d.first_line
                   || ' (same metric, place, period and source)'
            from (select r.line_no,
                         first_value(r.line_no) over (
                             partition by coalesce(ip.place_id::text, 'new:' || lower(r.place)), r.metric,
                                          r.period_start, r.period_end,
                                          coalesce(r.source_id::text, source_fingerprint(r.source_title,
                                                   r.source_publisher, r.source_url, r.source_published_on))
                             order by r.line_no) as first_line
                  from import_row r
                  join import_place ip on coalesce(r.place, '') = coalesce(ip.place, '')
                                      and coalesce(r.place_code, '') = coalesce(ip.place_code, '')) d
            where d.line_no <> d.first_line;

            insert into import_error (line_no, field, message)
            select r.line_no, 'metric',
                   'already stored as evidence ' || e.id || ' (same metric, place, period and source)'
            from import_row r
            join import_place ip on coalesce(r.place, '') = coalesce(ip.place, '')
                                and coalesce(r.place_code, '') = coalesce(ip.place_code, '')
            left join source s on r.source_id is null
                 and s.fingerprint = source_fingerprint(r.source_title, r.source_publisher, r.source_url,
                                                        r.source_published_on)
            join evidence e on e.place_id = ip.place_id and e.metric = r.metric
                           and e.period_start = r.period_start and e.period_end = r.period_end
                           and e.source_id = coalesce(r.source_id, s.id);
            """;

    private static final String DROP_BAD_ROWS = """
            delete from import_row r using (select distinct line_no from import_error) b where r.line_no = b.line_no;
            delete from import_place ip
            where not exists (select 1 from import_row r
                              where coalesce(r.place, '') = coalesce(ip.place, '')
                                and coalesce(r.place_code, '') = coalesce(ip.place_code, ''));
            truncate import_error;
            """;

    private static final String CREATE_PLACES = """
            insert into place (name, code, kind)
            select distinct on (lower(ip.place)) ip.place, ip.place_code, 'unknown'
            from import_place ip
            where ip.place_id is null and ip.by_name is null and ip.by_code is null and ip.place is not null
            order by lower(ip.place), ip.place_code nulls last, ip.first_line
            """;

    private static final String LINK_NEW_PLACES = """
            update import_place ip set place_id = p.id
            from place p where ip.place_id is null and lower(p.name) = lower(ip.place)
            """;

    /** The distinct inline sources of the file (a file cites few), in one pass over the rows. */
    private static final String COLLECT_SOURCES = """
            create temp table import_source on commit drop as
            select source_title, source_publisher, source_url, source_published_on,
                   source_fingerprint(source_title, source_publisher, source_url, source_published_on) as fingerprint,
                   cast(null as bigint) as source_id, cast(null as tsvector) as doc
            from (select distinct source_title, source_publisher, source_url, source_published_on
                  from import_row where source_id is null) d
            """;

    /** Identical sources collapse on the fingerprint, within the file and with stored ones. */
    private static final String CREATE_SOURCES = """
            insert into source (title, publisher, url, published_on)
            select source_title, source_publisher, source_url, source_published_on
            from import_source
            on conflict (fingerprint) do nothing
            """;

    private static final String LINK_SOURCES = """
            update import_source i set source_id = s.id
            from source s where s.fingerprint = i.fingerprint
            """;

    /**
     * The parts of the search document that a file repeats on many rows, computed once each: the metric, the place
     * name (as stored) and the source title, weighted as {@code evidence_search_vector} weights them (V1: english;
     * metric A, place A, source title C, quote D). INSERT_EVIDENCE concatenates them with each row's quote in the
     * function's order, which gives the same tsvector as the function for a tenth of the parsing; ImportSearchTest
     * compares the two for every stored row. Fresh statistics on the small tables keep the insert's joins hashed.
     */
    private static final String SEARCH_PARTS = """
            create temp table import_metric on commit drop as
            select metric, setweight(to_tsvector('english'::regconfig, metric), 'A') as doc
            from (select distinct metric from import_row) d;
            update import_place ip set doc = setweight(to_tsvector('english'::regconfig, p.name), 'A')
            from place p where p.id = ip.place_id;
            update import_source i set doc = setweight(to_tsvector('english'::regconfig, s.title), 'C')
            from source s where s.id = i.source_id;
            analyze import_metric;
            analyze import_place;
            analyze import_source;
            """;

    /**
     * One pass over the rows, hash-joined to the few distinct metrics, places and sources and their search parts.
     * Inline sources are matched on their raw text (title and publisher are never null there; blank URLs and dates
     * are null, never ''), so no row computes a fingerprint; per row only the quote is parsed for the search document.
     */
    private static final String INSERT_EVIDENCE = """
            insert into evidence (metric, place_id, period_start, period_end, period_label, value, unit, source_id,
                                  quote, notes, search)
            select r.metric, ip.place_id, r.period_start, r.period_end, r.period_label, r.value, r.unit,
                   coalesce(s1.id, s2.source_id), r.quote, r.notes,
                   im.doc || ip.doc
                       || coalesce(s2.doc, setweight(to_tsvector('english'::regconfig, coalesce(s1.title, '')), 'C'))
                       || setweight(to_tsvector('english'::regconfig, coalesce(r.quote, '')), 'D')
            from import_row r
            join import_metric im on im.metric = r.metric
            join import_place ip on coalesce(r.place, '') = coalesce(ip.place, '')
                                and coalesce(r.place_code, '') = coalesce(ip.place_code, '')
            left join source s1 on s1.id = r.source_id
            left join import_source s2 on r.source_id is null
                 and s2.source_title = r.source_title and s2.source_publisher = r.source_publisher
                 and coalesce(s2.source_url, '') = coalesce(r.source_url, '')
                 and coalesce(s2.source_published_on, date 'infinity')
                     = coalesce(r.source_published_on, date 'infinity')
            """;

    /** SQLSTATE of a unique violation: the insert met evidence_key_uk. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    GazetteerCache gazetteer;

    /**
     * The longest an import may take, seconds: its transaction, its statements (COPY is one statement that lasts as
     * long as the upload) and each wait for the database. The service's own statement timeout (30 s) is far shorter.
     */
    static final int TIME_LIMIT_SECONDS = 3600;

    /** Imports in a transaction of its own (up to an hour long). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TIME_LIMIT_SECONDS)
    public ImportReport importStream(InputStream body, ImportFormat format, ImportMode mode) {
        return importInCurrentTransaction(body, format, mode);
    }

    /** Imports inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport importInCurrentTransaction(InputStream body, ImportFormat format, ImportMode mode) {
        try (Connection connection = dataSource.getConnection()) {
            // the statement timeout returns to the service's default at the transaction's end (SET LOCAL); the
            // network timeout is put back by hand, as the pool keeps what a borrower set
            int networkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, TIME_LIMIT_SECONDS * 1000);
            try {
                return importOn(connection, body, format, mode);
            } finally {
                restoreNetworkTimeout(connection, networkTimeout);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import failed in the database", e);
        }
    }

    private ImportReport importOn(Connection connection, InputStream body, ImportFormat format, ImportMode mode)
            throws SQLException {
        List<ProblemError> errors = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute("set local statement_timeout = '" + TIME_LIMIT_SECONDS + "s'");
            st.execute(STAGING);
        }
        long records = stage(connection, body, format, errors);
        try (Statement st = connection.createStatement()) {
            st.execute(RESOLVE_PLACES);
            st.execute(FIND_ERRORS);
            int found = collectErrors(st, errors);
            if (!errors.isEmpty() && mode == ImportMode.FAIL) {
                // refused anyway: list the duplicates too
                st.execute("truncate import_error");
                st.execute(FIND_DUPLICATES);
                collectErrors(st, errors);
                throw rejected(errors, records);
            }
            if (found > 0) {
                st.execute(DROP_BAD_ROWS);
            }
            Written written = writeOrFindDuplicates(st, errors, mode, records);
            if (written.placesCreated() > 0) {
                gazetteer.invalidate();
            }
            return new ImportReport(written.imported(), badLines(errors), written.placesCreated(),
                    written.sourcesCreated(), listed(errors));
        }
    }

    private static void restoreNetworkTimeout(Connection connection, int millis) {
        try {
            if (!connection.isClosed()) {
                connection.setNetworkTimeout(Runnable::run, millis);
            }
        } catch (SQLException e) {
            // a broken connection: the pool discards it; the import's own failure is the one to report
        }
    }

    private record Written(long imported, long placesCreated, long sourcesCreated) {
    }

    /**
     * Writes the staged rows, expecting no duplicates: the unique key checks them as the rows go in, which costs
     * nothing extra. If it refuses one, everything since the savepoint is undone, the duplicates are looked up and
     * listed, and (when skipping) the rest is written again.
     */
    private static Written writeOrFindDuplicates(Statement st, List<ProblemError> errors, ImportMode mode,
                                                 long records) throws SQLException {
        st.execute("savepoint import_write");
        try {
            return write(st);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
        st.execute("rollback to savepoint import_write");
        st.execute(FIND_DUPLICATES);
        if (collectErrors(st, errors) == 0) {
            throw concurrentImport();
        }
        if (mode == ImportMode.FAIL) {
            throw rejected(errors, records);
        }
        st.execute(DROP_BAD_ROWS);
        try {
            return write(st);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw concurrentImport();
            }
            throw e;
        }
    }

    private static Written write(Statement st) throws SQLException {
        long placesCreated = st.executeUpdate(CREATE_PLACES);
        if (placesCreated > 0) {
            // fresh statistics, or the planner looks new names up through the trigram index's pending list
            st.execute("analyze place");
        }
        st.executeUpdate(LINK_NEW_PLACES);
        st.execute(COLLECT_SOURCES);
        long sourcesCreated = st.executeUpdate(CREATE_SOURCES);
        st.executeUpdate(LINK_SOURCES);
        st.execute(SEARCH_PARTS);
        long imported = st.executeUpdate(INSERT_EVIDENCE);
        return new Written(imported, placesCreated, sourcesCreated);
    }

    private static ApiException concurrentImport() {
        return ApiException.conflict("another import or edit stored some of the same records or places while this one "
                + "ran; nothing was imported, try again");
    }

    /** Reads, checks and COPYs every record; returns how many records the file holds. */
    private long stage(Connection connection, InputStream body, ImportFormat format, List<ProblemError> errors)
            throws SQLException {
        CopyRowWriter out = new CopyRowWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
        long records = 0;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)), 64 * 1024);
            Iterator<Map.Entry<Long, Map<String, String>>> in = format == ImportFormat.CSV
                    ? new CsvRecords(reader) : new NdjsonRecords(reader, json);
            while (in.hasNext()) {
                Map.Entry<Long, Map<String, String>> record = in.next();
                records++;
                ImportRecordParser.Row row = ImportRecordParser.parse(record.getKey(), record.getValue(), errors);
                if (row != null) {
                    write(out, row);
                }
            }
            out.finish();
            return records;
        } catch (UncheckedIOException e) {
            out.cancel();
            throw ApiException.badRequest("the file could not be read: " + e.getCause().getMessage()
                    + " (is it UTF-8?)");
        } catch (RuntimeException | SQLException e) {
            out.cancel();
            throw e;
        }
    }

    private static void write(CopyRowWriter out, ImportRecordParser.Row r) throws SQLException {
        out.column(r.line()).column(r.metric()).column(r.place()).column(r.placeCode()).column(r.periodStart())
                .column(r.periodEnd()).column(r.periodLabel()).column(r.value().toPlainString()).column(r.unit())
                .column(r.sourceTitle()).column(r.sourcePublisher()).column(r.sourceUrl())
                .column(r.sourcePublishedOn()).column(r.sourceId()).column(r.quote()).column(r.notes());
        out.endRow();
    }

    /** Adds the errors the SQL checks found to {@code errors} (kept sorted by line); returns how many it added. */
    private static int collectErrors(Statement st, List<ProblemError> errors) throws SQLException {
        int found = 0;
        try (ResultSet rs = st.executeQuery("select line_no, field, message from import_error")) {
            while (rs.next()) {
                errors.add(ProblemError.atLine(rs.getLong(1), rs.getString(2), rs.getString(3)));
                found++;
            }
        }
        errors.sort(Comparator.comparing(ProblemError::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.field() == null ? "" : e.field()));
        return found;
    }

    private static long badLines(List<ProblemError> errors) {
        return errors.stream().map(ProblemError::line).distinct().count();
    }

    private static List<ProblemError> listed(List<ProblemError> errors) {
        return errors.size() > MAX_LISTED_ERRORS ? List.copyOf(errors.subList(0, MAX_LISTED_ERRORS))
                : List.copyOf(errors);
    }

    private static ApiException rejected(List<ProblemError> errors, long records) {
        long bad = badLines(errors);
        String listedNote = errors.size() > MAX_LISTED_ERRORS ? "; the first " + MAX_LISTED_ERRORS + " problems are listed"
                : "";
        return new ApiException(422, "import-rejected", "Import rejected", bad + " of " + records
                + " records are invalid; nothing was imported (use onError=skip to import the good ones)" + listedNote,
                listed(errors));
    }

    /** CSV records as field maps keyed by the header's names, with the line each starts on. */
    private static final class CsvRecords implements Iterator<Map.Entry<Long, Map<String, String>>> {
        private final CsvRecordReader reader;
        private final List<String> header;
        private CsvRecordReader.CsvRecord next;

        CsvRecords(BufferedReader in) {
            this.reader = new CsvRecordReader(in);
            CsvRecordReader.CsvRecord first = read();
            if (first == null) {
                throw ApiException.badRequest("the CSV file is empty; it needs a header row naming the fields");
            }
            header = first.fields().stream().map(String::trim).toList();
            List<ProblemError> problems = new ArrayList<>();
            for (String name : header) {
                if (!ImportRecordParser.FIELDS.contains(name)) {
                    problems.add(ProblemError.atLine(1, name, "unknown column; the columns are "
                            + String.join(", ", ImportRecordParser.FIELDS)));
                }
            }
            for (String required : ImportRecordParser.REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(ProblemError.atLine(1, required, "required column is missing from the header"));
                }
            }
            if (!problems.isEmpty()) {
                throw ApiException.unprocessable("the CSV header is not usable: " + problems.get(0).field() + " "
                        + problems.get(0).message(), problems);
            }
            next = read();
        }

        private CsvRecordReader.CsvRecord read() {
            try {
                return reader.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CsvRecordReader.MalformedCsvException e) {
                throw ApiException.badRequest("malformed CSV at line " + e.line() + ": " + e.getMessage(),
                        List.of(ProblemError.atLine(e.line(), "file", e.getMessage())));
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<Long, Map<String, String>> next() {
            CsvRecordReader.CsvRecord r = next;
            next = read();
            Map<String, String> fields = new HashMap<>();
            if (r.fields().size() != header.size()) {
                fields.put("__width", r.fields().size() + " fields where the header has " + header.size());
            }
            for (int i = 0; i < Math.min(header.size(), r.fields().size()); i++) {
                fields.put(header.get(i), r.fields().get(i));
            }
            return Map.entry(r.line(), fields);
        }
    }

    /** NDJSON records: one JSON object per line; a nested "source" object is flattened to sourceTitle etc. */
    private static final class NdjsonRecords implements Iterator<Map.Entry<Long, Map<String, String>>> {
        private final BufferedReader in;
        private final ObjectReader json;
        private long line;
        private String next;

        NdjsonRecords(BufferedReader in, ObjectMapper json) {
            this.in = in;
            // numbers as written (1234567.891234567891 would lose digits as a double; 30871.20 keeps its scale)
            this.json = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
            advance();
        }

        private void advance() {
            try {
                do {
                    next = in.readLine();
                    line++;
                } while (next != null && next.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<Long, Map<String, String>> next() {
            long at = line;
            String text = next;
            advance();
            Map<String, String> fields = new HashMap<>();
            try {
                JsonNode node = json.readTree(text);
                if (node == null || !node.isObject()) {
                    fields.put("__json", "is not a JSON object");
                } else {
                    flatten(node, "", fields);
                }
            } catch (JsonProcessingException e) {
                fields.put("__json", "is not valid JSON: " + e.getOriginalMessage());
            }
            return Map.entry(at, fields);
        }

        private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
            node.fields().forEachRemaining(f -> {
                String name = prefix.isEmpty() ? f.getKey()
                        : prefix + Character.toUpperCase(f.getKey().charAt(0)) + f.getKey().substring(1);
                JsonNode v = f.getValue();
                if (v.isObject() && prefix.isEmpty() && f.getKey().equals("source")) {
                    flatten(v, "source", out);
                } else if (v.isNull()) {
                    out.put(name, null);
                } else if (v.isValueNode()) {
                    out.put(name, v.asText());
                } else {
                    out.put("__json", "has a field '" + name + "' that is not a text or a number");
                }
            });
        }
    }
}
