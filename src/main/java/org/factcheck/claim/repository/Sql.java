package org.factcheck.claim.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * Small JDBC helpers for the newsroom repositories. They use plain JDBC on the transaction's connection (Agroal
 * enlists it in the JTA transaction) because their queries are SQL-shaped: arrays, jsonb, conditional updates with
 * {@code returning}.
 */
public final class Sql {

    private Sql() {
    }

    /** Parameters that may hold nulls (List.of refuses them). */
    public static List<Object> args(Object... values) {
        return Arrays.asList(values);
    }

    /** Binds positional parameters: null, String, Long, Integer, Double, LocalDate, String[], Long[], or Json. */
    public static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            bind(c, st, i + 1, params.get(i));
        }
        return st;
    }

    /**
     * As {@link #prepare}, for a statement whose best plan depends on its values: the driver never prepares it on the
     * server, so PostgreSQL plans every run with the values instead of switching to a generic plan after a few runs.
     */
    public static PreparedStatement prepareForValues(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement st = prepare(c, sql, params);
        st.unwrap(PGStatement.class).setPrepareThreshold(0);
        return st;
    }

    private static void bind(Connection c, PreparedStatement st, int i, Object v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.NULL);
        } else if (v instanceof LocalDate d) {
            st.setDate(i, Date.valueOf(d));
        } else if (v instanceof OffsetDateTime t) {
            st.setObject(i, t);
        } else if (v instanceof String[] a) {
            st.setArray(i, c.createArrayOf("text", a));
        } else if (v instanceof Long[] a) {
            st.setArray(i, c.createArrayOf("bigint", a));
        } else {
            st.setObject(i, v);
        }
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    public static List<Long> longs(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
    }

    public static List<Long> longs(ResultSet rs, int column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A row mapper that may throw SQLException. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a statement whose first column of the first row is a number (count, returning id). */
    public static long one(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    public static int update(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params)) {
            return st.executeUpdate();
        }
    }

    public static <T> List<T> list(PreparedStatement st, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(row.map(rs));
            }
        }
        return out;
    }
}
