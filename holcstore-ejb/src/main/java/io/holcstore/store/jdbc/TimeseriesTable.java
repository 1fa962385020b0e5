package io.holcstore.store.jdbc;

import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.TimeseriesRecordMapping;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.dialect.BlobTableDialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The SQL of a timeseries store's table over one connection (the caller's transaction's). Key values are converted
 * and checked before they come here; they are always bound as parameters, and only the mapping's column names are
 * written into statements. Not thread-safe, as its connection.
 */
final class TimeseriesTable {
    /** SQLSTATE of a unique violation, on PostgreSQL, H2 and the SQL standard. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Rows fetched per round trip by a streaming read: a few series of a year at 15 minutes in memory at most. */
    private static final int FETCH_SIZE = 16;

    private final TimeseriesRecordMapping mapping;
    private final Connection connection;
    private final List<KeyField> keys;
    private final String keyColumns;
    private final BlobTableDialect dialect;

    TimeseriesTable(TimeseriesRecordMapping mapping, BlobTableDialect dialect, Connection connection) {
        this.mapping = mapping;
        this.dialect = dialect;
        this.connection = connection;
        this.keys = mapping.keys();
        StringJoiner columns = new StringJoiner(", ");
        keys.forEach(key -> columns.add(key.column()));
        this.keyColumns = columns.toString();
    }

    /**
     * The row of one series, locked until the transaction ends ({@code FOR UPDATE}): a writer of the same series
     * waits here for the transaction holding it.
     */
    Optional<TimeseriesRow> lockRow(SeriesKey key) {
        String sql = "SELECT " + mapping.idColumn() + ", " + mapping.dtypeColumn() + ", " + mapping.dataColumn()
                + " FROM " + mapping.table() + " WHERE " + condition(key) + " FOR UPDATE";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            dialect.preferBinary(ps);
            bind(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TimeseriesRow(rs.getLong(1), key, rs.getString(2), rs.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("lock a row of", e);
        }
    }

    /**
     * Inserts the row of a series unless one exists; a row another transaction inserted and has not committed yet is
     * waited for (the unique constraint's lock; on H2 up to its lock timeout, then the database's error). The new row
     * stays locked until the transaction ends.
     *
     * @return true if inserted, false if the series' row exists (committed by another transaction since this one
     * looked for it)
     */
    boolean insertIfAbsent(SeriesKey key, String dtype, byte[] data) {
        StringJoiner marks = new StringJoiner(", ");
        keys.forEach(k -> marks.add("?"));
        String sql = "INSERT INTO " + mapping.table() + " (" + mapping.idColumn() + ", " + mapping.dtypeColumn() + ", "
                + mapping.dataColumn() + ", " + keyColumns + ") VALUES (?, ?, ?, " + marks + ")"
                // PostgreSQL aborts the whole transaction on a failed statement: there, a conflict inserts nothing.
                + dialect.insertSkippingConflicts();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, mapping.nextId());
            ps.setString(2, dtype);
            ps.setBytes(3, data);
            int p = 4;
            for (KeyField field : keys) {
                ps.setObject(p++, field.toColumnValue(key.get(field.name())));
            }
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw failure("insert into", e);
        }
    }

    /** Rewrites the blob of the row {@code id}. */
    void update(long id, String dtype, byte[] data) {
        String sql = "UPDATE " + mapping.table() + " SET " + mapping.dtypeColumn() + " = ?, " + mapping.dataColumn() + " = ?"
                + " WHERE " + mapping.idColumn() + " = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, dtype);
            ps.setBytes(2, data);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    /** Removes the rows matching a filter; returns how many. */
    int delete(SeriesKey filter) {
        String sql = "DELETE FROM " + mapping.table() + " WHERE " + condition(filter);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, 1, filter);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete from", e);
        }
    }

    /** The number of rows matching a filter. */
    long count(SeriesKey filter) {
        String sql = "SELECT COUNT(*) FROM " + mapping.table() + " WHERE " + condition(filter);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, 1, filter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count the rows of", e);
        }
    }

    /** What a streaming read hands each row to; may throw any unchecked exception, which stops the reading. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(TimeseriesRow row);
    }

    /**
     * Hands the rows matching a filter to {@code consumer}, ordered by key, fetching a few at a time.
     *
     * @param limit the most rows to read, or 0 for all
     * @return the number of rows handed over
     */
    long forEach(SeriesKey filter, int limit, RowConsumer consumer) {
        String sql = "SELECT " + mapping.idColumn() + ", " + mapping.dtypeColumn() + ", " + mapping.dataColumn() + ", "
                + keyColumns + " FROM " + mapping.table() + " WHERE " + condition(filter) + " ORDER BY " + keyColumns
                + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
        long count = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            dialect.preferBinary(ps);
            bind(ps, 1, filter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new TimeseriesRow(rs.getLong(1), readKey(rs, 4), rs.getString(2), rs.getBytes(3)));
                    count++;
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return count;
    }

    /** {@code k1 = ? AND k2 = ?} for the fields the filter gives, in name order; {@code 1 = 1} for none. */
    private String condition(SeriesKey filter) {
        StringJoiner condition = new StringJoiner(" AND ");
        for (KeyField field : keys) {
            if (filter.has(field.name())) {
                condition.add(field.column() + " = ?");
            }
        }
        return condition.length() == 0 ? "1 = 1" : condition.toString();
    }

    private int bind(PreparedStatement ps, int p, SeriesKey filter) throws SQLException {
        for (KeyField field : keys) {
            if (filter.has(field.name())) {
                ps.setObject(p++, field.toColumnValue(filter.get(field.name())));
            }
        }
        return p;
    }

    private SeriesKey readKey(ResultSet rs, int p) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (KeyField field : keys) {
            values.put(field.name(), field.fromColumnValue(rs.getObject(p++)));
        }
        return SeriesKey.of(values);
    }

    private ChunkStoreException failure(String action, SQLException e) {
        return new ChunkStoreException("could not " + action + " table " + mapping.table() + " of store " + mapping.name()
                + ": " + e.getMessage(), e);
    }
}
