package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.ChunkRow;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.RowLookup;
import io.holcstore.mapping.ChunkColumns;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The SQL of one chunk table, over the connection of the caller's transaction. Plain JDBC rather than
 * entity reads and writes: a store moves thousands of multi-kilobyte rows per call, and per-entity ORM
 * work (change tracking, cache, one statement per row) measured as the dominant cost there. What
 * differs between databases goes through the store's {@link ChunkDialect}. Lookups, locks, streaming
 * reads and bulk tombstones are here; row inserts and rewrites go through a {@link ChunkRowWriter}.
 * One instance per call; not thread-safe.
 */
final class ChunkTable {
    /** Rows fetched per round trip when streaming: about 3 MB of month chunks, bounded memory for any table. */
    private static final int FETCH_SIZE = 128;

    private final ChunkSql sql;
    private final ChunkDialect dialect;
    private final Connection connection;
    private final String table;
    private final String id;
    private final String chunkIndex;
    private final String startTs;
    private final String dtype;
    private final String updatedAt;
    private final String deleted;
    private final String data;
    private final String upstreamUpdatedAt;
    /** The stamp of this call's writes, once it holds its locks. */
    private Instant stamp;
    /** Whether this transaction already plans each statement for its own parameters (see {@link ChunkDialect#planEachLookup}). */
    private boolean customPlans;

    ChunkTable(ChunkSql sql, ChunkDialect dialect, Connection connection) {
        this.sql = sql;
        this.dialect = dialect;
        this.connection = connection;
        this.table = sql.table();
        ChunkColumns columns = sql.columns();
        this.id = columns.id();
        this.chunkIndex = columns.chunkIndex();
        this.startTs = columns.startTs();
        this.dtype = columns.dtype();
        this.updatedAt = columns.updatedAt();
        this.deleted = columns.deleted();
        this.data = columns.data();
        this.upstreamUpdatedAt = columns.upstreamUpdatedAt();
    }

    /**
     * Takes the locks of one series (see {@link ChunkDialect#lockSeries}), then locks its rows
     * (tombstones included) and returns them by chunk index, with their data only for chunks in
     * {@code [dataFrom, dataTo]}: the ones a write may merge with.
     */
    List<ChunkRow> lockSeries(SeriesKey key, int dataFrom, int dataTo) {
        lockSeriesKeys(List.of(key));
        String select = "SELECT " + id + ", " + chunkIndex + ", " + dtype + ", " + startTs + ", " + updatedAt + ", " + deleted
                + ", CASE WHEN " + chunkIndex + " BETWEEN ? AND ? THEN " + data + " END"
                + " FROM " + table + " WHERE " + sql.keyCondition(key) + " ORDER BY " + chunkIndex + " FOR UPDATE";
        return query(select, ps -> {
            dialect.preferBinary(ps);
            ps.setInt(1, dataFrom);
            ps.setInt(2, dataTo);
            sql.bindKey(ps, 3, key);
        }, rs -> new ChunkRow(rs.getLong(1), key, rs.getInt(2), rs.getString(3), ChunkSql.instant(rs, 4),
                ChunkSql.instant(rs, 5), rs.getBoolean(6), rs.getBytes(7)));
    }

    /** Serialises this transaction with the other writers of these series and stamps the call; see {@link ChunkDialect#lockSeries}. */
    void lockSeriesKeys(Collection<SeriesKey> keys) {
        try {
            stamp = dialect.lockSeries(connection, keys);
            customPlans = true;
        } catch (SQLException e) {
            throw sql.failure("lock series of", e);
        }
    }

    /** Serialises this transaction with every writer of the store and stamps the call; see {@link ChunkDialect#lockAllSeries}. */
    void lockAllSeries() {
        try {
            stamp = dialect.lockAllSeries(connection);
            customPlans = true;
        } catch (SQLException e) {
            throw sql.failure("lock series of", e);
        }
    }

    /** The {@code updated_at} of what this call writes: the instant its locks returned. */
    Instant stamp() {
        if (stamp == null) {
            throw new IllegalStateException("a write stamp is read after the series are locked");
        }
        return stamp;
    }

    private void planEachLookup() {
        if (!customPlans) {
            try {
                dialect.planEachLookup(connection);
            } catch (SQLException e) {
                throw sql.failure("plan lookups into", e);
            }
            customPlans = true;
        }
    }

    /**
     * The rows (without data) of the given series, tombstones included, locked; for bulk first writes,
     * which lock the series first.
     */
    List<ChunkRow> lockRowsOf(Collection<SeriesKey> keys) {
        lockSeriesKeys(keys);
        List<ChunkRow> rows = new ArrayList<>();
        List<SeriesKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += ChunkSql.BATCH) {
            List<SeriesKey> group = all.subList(from, Math.min(all.size(), from + ChunkSql.BATCH));
            StringJoiner any = new StringJoiner(" OR ");
            group.forEach(k -> any.add("(" + sql.keyCondition(k) + ")"));
            String select = "SELECT " + id + ", " + chunkIndex + ", " + deleted + sql.keySelect()
                    + " FROM " + table + " WHERE " + any + " FOR UPDATE";
            rows.addAll(query(select, ps -> {
                int p = 1;
                for (SeriesKey k : group) {
                    p = sql.bindKey(ps, p, k);
                }
            }, rs -> new ChunkRow(rs.getLong(1), sql.readKey(rs, 4), rs.getInt(2), null, null, null, rs.getBoolean(3), null)));
        }
        return rows;
    }

    /** The stored rows of the given chunks, with their data; keyed by reference. */
    Map<ChunkRef, ChunkRow> fetchWithData(List<ChunkRef> refs) {
        return fetch(refs, RowLookup.WITH_DATA);
    }

    /** The stored rows of the given chunks, without data, locked for update; keyed by reference. */
    Map<ChunkRef, ChunkRow> lockRows(List<ChunkRef> refs) {
        return fetch(refs, RowLookup.LOCKED);
    }

    private Map<ChunkRef, ChunkRow> fetch(List<ChunkRef> refs, RowLookup lookup) {
        planEachLookup();
        Map<ChunkRef, ChunkRow> found = new LinkedHashMap<>();
        try {
            dialect.fetch(connection, refs, lookup).forEach(row -> found.put(row.ref(), row));
        } catch (SQLException e) {
            throw sql.failure("read", e);
        }
        return found;
    }

    /** Streams the live chunks matching a filter within {@code [fromIndex, toIndex]}, ordered by key columns then chunk index. */
    Cursor liveChunksByKey(SeriesKey filter, int fromIndex, int toIndex) {
        return liveChunks(filter, fromIndex, toIndex, (sql.keyColumns().isEmpty() ? "" : sql.keyColumns() + ", ") + chunkIndex);
    }

    /** Streams the live chunks matching a filter, newest chunk index first. */
    Cursor liveChunksNewestFirst(SeriesKey filter) {
        return liveChunks(filter, Integer.MIN_VALUE, Integer.MAX_VALUE, chunkIndex + " DESC");
    }

    private Cursor liveChunks(SeriesKey filter, int fromIndex, int toIndex, String order) {
        String select = "SELECT " + id + ", " + chunkIndex + ", " + dtype + ", " + data + sql.keySelect()
                + " FROM " + table + " WHERE " + sql.keyCondition(filter) + " AND " + deleted + " = FALSE"
                + " AND " + chunkIndex + " BETWEEN ? AND ? ORDER BY " + order;
        try {
            PreparedStatement ps = connection.prepareStatement(select);
            try {
                dialect.preferBinary(ps);
                ps.setFetchSize(FETCH_SIZE);
                int p = sql.bindKey(ps, 1, filter);
                ps.setInt(p++, fromIndex);
                ps.setInt(p, toIndex);
                return new Cursor(ps, ps.executeQuery());
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        } catch (SQLException e) {
            throw sql.failure("read", e);
        }
    }

    /** The newest {@code updated_at} among rows matching the filter, tombstones included. */
    Optional<Instant> maxUpdatedAt(SeriesKey filter) {
        String select = "SELECT MAX(" + updatedAt + ") FROM " + table + " WHERE " + sql.keyCondition(filter);
        return query(select, ps -> sql.bindKey(ps, 1, filter), rs -> Optional.ofNullable(ChunkSql.instant(rs, 1))).get(0);
    }

    /** The newest upstream {@code updated_at} among rows matching the filter, tombstones included; empty if none was imported. */
    Optional<Instant> maxUpstreamUpdatedAt(SeriesKey filter) {
        String select = "SELECT MAX(" + upstreamUpdatedAt + ") FROM " + table + " WHERE " + sql.keyCondition(filter);
        return query(select, ps -> sql.bindKey(ps, 1, filter), rs -> Optional.ofNullable(ChunkSql.instant(rs, 1))).get(0);
    }

    /**
     * One page of the rows changed at or after {@code since} that match the filter, ordered by (updated_at, id):
     * those after {@code after} if it is given, else those past the first {@code offset}; and only rows stamped
     * before the store's horizon ({@link ChunkDialect#updatesHorizon}), read first.
     */
    UpdatesListing updates(Instant since, SeriesKey filter, List<KeyLookup> lookups, int limit, UpdatePosition after,
                           long offset) {
        Optional<Instant> horizon;
        try {
            horizon = dialect.updatesHorizon(connection);
        } catch (SQLException e) {
            throw sql.failure("read the writes in flight on", e);
        }
        String listed = " FROM " + table + " WHERE " + updatedAt + " >= ?" + (horizon.isPresent() ? " AND " + updatedAt + " < ?" : "")
                + " AND " + sql.keyCondition(filter) + KeyLookupSql.conditions(sql.keys(), lookups);
        // One row more than the page: whether a next page exists, without a second count.
        String select = "SELECT " + chunkIndex + ", " + dtype + ", " + startTs + ", " + updatedAt + ", " + deleted + ", " + id + sql.keySelect()
                + listed + (after == null ? "" : " AND (" + updatedAt + ", " + id + ") > (?, ?)")
                + " ORDER BY " + updatedAt + ", " + id + " LIMIT ?" + (after == null ? " OFFSET ?" : "");
        List<Listed> rows = query(select, ps -> {
            int p = bindListed(ps, since, horizon, filter, lookups);
            if (after != null) {
                ps.setObject(p++, ChunkSql.timestamp(after.updatedAt()));
                ps.setLong(p++, after.rowId());
            }
            ps.setLong(p++, limit + 1L); // a limit of Integer.MAX_VALUE too
            if (after == null) {
                ps.setLong(p, offset);
            }
        }, rs -> new Listed(new ChunkUpdate(sql.readKey(rs, 7), rs.getInt(1), rs.getString(2), ChunkSql.instant(rs, 3),
                ChunkSql.instant(rs, 4), rs.getBoolean(5)), rs.getLong(6)));
        // A first or offset page that reaches the end of the listing counts it already.
        long count = after == null && rows.size() <= limit && (offset == 0 || !rows.isEmpty())
                ? offset + rows.size()
                : query("SELECT COUNT(*)" + listed, ps -> bindListed(ps, since, horizon, filter, lookups), rs -> rs.getLong(1)).get(0);
        List<Listed> page = rows.subList(0, Math.min(limit, rows.size()));
        Optional<UpdatePosition> next = rows.size() > limit
                ? Optional.of(new UpdatePosition(page.get(limit - 1).update().updatedAt(), page.get(limit - 1).rowId()))
                : Optional.empty();
        return new UpdatesListing(page.stream().map(Listed::update).toList(), count, next);
    }

    /** Binds the conditions every page and count of a listing shares; returns the next position. */
    private int bindListed(PreparedStatement ps, Instant since, Optional<Instant> horizon, SeriesKey filter,
                           List<KeyLookup> lookups) throws SQLException {
        ps.setObject(1, ChunkSql.timestamp(since));
        int p = 2;
        if (horizon.isPresent()) {
            ps.setObject(p++, ChunkSql.timestamp(horizon.get()));
        }
        return KeyLookupSql.bind(ps, sql.bindKey(ps, p, filter), sql.keys(), lookups);
    }

    /** A listed update and its row id, where the next page resumes. */
    private record Listed(ChunkUpdate update, long rowId) {
    }

    /** Turns the live rows matching the filter into tombstones written here (no upstream stamp); returns how many. */
    int tombstone(SeriesKey filter, Instant when, String tombstoneDtype, byte[] emptyBlob) {
        String statement = "UPDATE " + table + " SET " + deleted + " = TRUE, " + data + " = ?, " + dtype + " = ?, " + updatedAt + " = ?, "
                + upstreamUpdatedAt + " = NULL WHERE " + sql.keyCondition(filter) + " AND " + deleted + " = FALSE";
        return update(statement, ps -> {
            ps.setBytes(1, emptyBlob);
            ps.setString(2, tombstoneDtype);
            ps.setObject(3, ChunkSql.timestamp(when));
            sql.bindKey(ps, 4, filter);
        });
    }

    /** Removes the rows matching the filter, tombstones included; returns how many. */
    int remove(SeriesKey filter) {
        return update("DELETE FROM " + table + " WHERE " + sql.keyCondition(filter), ps -> sql.bindKey(ps, 1, filter));
    }

    /**
     * A writer of rows; close it to send what is left. {@code expectedInserts} is how many rows it will
     * probably insert (more or fewer both work): it reserves that many ids before streaming.
     */
    ChunkRowWriter writer(int expectedInserts) {
        return new ChunkRowWriter(sql, dialect, connection, expectedInserts);
    }

    /** An open result set of chunk rows with their keys; close it when done. */
    final class Cursor implements AutoCloseable {
        private final Statement statement;
        private final ResultSet rows;

        private Cursor(Statement statement, ResultSet rows) {
            this.statement = statement;
            this.rows = rows;
        }

        /** The next row (id, key, chunk index, dtype, data), or null at the end. */
        ChunkRow next() {
            try {
                if (!rows.next()) {
                    return null;
                }
                return new ChunkRow(rows.getLong(1), sql.readKey(rows, 5), rows.getInt(2), rows.getString(3), null, null,
                        false, rows.getBytes(4));
            } catch (SQLException e) {
                throw sql.failure("read", e);
            }
        }

        @Override
        public void close() {
            try (statement; rows) {
                // closes both
            } catch (SQLException e) {
                throw sql.failure("close a cursor on", e);
            }
        }
    }

    // ---- statement helpers ----

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String select, Binder binder, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw sql.failure("read", e);
        }
    }

    private int update(String statement, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(statement)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw sql.failure("write", e);
        }
    }
}
