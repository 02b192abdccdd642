package org.factcheck.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What the database holds, cheaply comparable: per table of the public schema its row count and a checksum, the sum of
 * a 64-bit hash of every row as text (order-independent, so no sort; each row's text includes its primary key). Also
 * tells whether any transaction committed since a given point, so that a run of requests needs a full fingerprint only
 * after one that wrote something.
 */
final class DatabaseFingerprint {

    /** One table's row count and checksum. */
    record Table(long rows, String checksum) {
    }

    private final DataSource dataSource;
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, String> versions = new HashMap<>();
    private final Map<String, Table> checksums = new HashMap<>();

    DatabaseFingerprint(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                queries.put(rs.getString(1), "select count(*), coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)"
                        + "::text from " + quoteIdent(rs.getString(1)) + " t");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables", e);
        }
        if (queries.isEmpty()) {
            throw new IllegalStateException("no tables in the public schema");
        }
    }

    /**
     * Row count and checksum of every table. Unless {@code full}, the checksum is recomputed only for tables whose row
     * count or newest row version (max xmin) moved since the last call: with one request at a time, as here, a
     * committed insert, update or delete moves one of them.
     */
    Map<String, Table> take(boolean full) {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                String version;
                try (ResultSet rs = s.executeQuery("select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from "
                        + quoteIdent(q.getKey()))) {
                    rs.next();
                    version = rs.getString(1);
                }
                Table cached = checksums.get(q.getKey());
                if (full || cached == null || !version.equals(versions.get(q.getKey()))) {
                    try (ResultSet rs = s.executeQuery(q.getValue())) {
                        rs.next();
                        cached = new Table(rs.getLong(1), rs.getString(2));
                    }
                    checksums.put(q.getKey(), cached);
                    versions.put(q.getKey(), version);
                }
                tables.put(q.getKey(), cached);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
        return tables;
    }

    /** The next transaction id PostgreSQL will hand out: unchanged means no transaction wrote anything meanwhile. */
    long nextTransactionId() {
        return single("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
    }

    /**
     * Whether any transaction with an id from {@code from} (inclusive) to {@code to} (exclusive) committed or may still
     * commit. Transactions that rolled back changed nothing.
     */
    boolean anyCommitted(long from, long to) {
        if (to <= from) {
            return false;
        }
        return single("select count(*) from generate_series(" + from + "::bigint, " + (to - 1) + "::bigint) x "
                + "where coalesce(pg_xact_status(x::text::xid8), 'committed') <> 'aborted'") > 0;
    }

    /** The tables whose count or checksum differ, with both values; empty when equal. */
    static List<String> differences(Map<String, Table> before, Map<String, Table> after) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, Table> e : before.entrySet()) {
            Table now = after.get(e.getKey());
            if (!Objects.equals(e.getValue(), now)) {
                diffs.add(e.getKey() + ": " + e.getValue() + " -> " + now);
            }
        }
        return diffs;
    }

    private long single(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
