package io.holcstore.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The SQL of one chunk table, over the connection of the caller's transaction. Plain JDBC rather than
 * entity reads and writes: a store moves thousands of multi-kilobyte rows per call, and per-entity ORM
 * work (change tracking, cache, one statement per row) measured as the dominant cost there. Only SQL
 * that PostgreSQL and H2 both accept is used (the example runs on either), with PostgreSQL fast paths.
 * Lookups, locks, streaming reads and bulk tombstones are here; row inserts and rewrites go through a
 * {@link ChunkRowWriter}.
 */
final class ChunkTable {
    /** Rows per JDBC batch, and keys per OR-ed lookup: large enough to amortise round trips, small enough to bound memory. */
    static final int BATCH = 128;
    /** Rows fetched per round trip when streaming: about 3 MB of month chunks, bounded memory for any table. */
    private static final int FETCH_SIZE = 128;

    /** {@code SET LOCAL plan_cache_mode = force_custom_plan} as an expression, to share a round trip. */
    private static final String CUSTOM_PLANS = "set_config('plan_cache_mode', 'force_custom_plan', true)";

    private final StoreDefinition store;
    private final Connection connection;
    private final String table;
    private final String id;
    private final String chunkIndex;
    private final String startTs;
    private final String dtype;
    private final String updatedAt;
    private final String deleted;
    private final String data;
    private final String keyColumns;
    private boolean customPlans;

    ChunkTable(StoreDefinition store, Connection connection) {
        this.store = store;
        this.connection = connection;
        this.table = store.table();
        this.id = store.column("id");
        this.chunkIndex = store.column("chunkIndex");
        this.startTs = store.column("startTs");
        this.dtype = store.column("dtype");
        this.updatedAt = store.column("updatedAt");
        this.deleted = store.column("deleted");
        this.data = store.column("data");
        StringJoiner keys = new StringJoiner(", ");
        store.keys().forEach(k -> keys.add(k.column()));
        this.keyColumns = keys.toString();
    }

    /**
     * Locks every row of one series (tombstones included) and returns them by chunk index, with their
     * data only for chunks in {@code [dataFrom, dataTo]}: the ones a write may merge with.
     */
    List<ChunkRow> lockSeries(SeriesKey key, int dataFrom, int dataTo) {
        lockSeriesKeys(List.of(key)); // also plans the lookup below for its own parameters
        String sql = "SELECT " + id + ", " + chunkIndex + ", " + dtype + ", " + startTs + ", " + updatedAt + ", " + deleted
                + ", CASE WHEN " + chunkIndex + " BETWEEN ? AND ? THEN " + data + " END"
                + " FROM " + table + " WHERE " + keyCondition(key) + " ORDER BY " + chunkIndex + " FOR UPDATE";
        return query(sql, ps -> {
            readsBlobs(ps);
            ps.setInt(1, dataFrom);
            ps.setInt(2, dataTo);
            bindKey(ps, 3, key);
        }, rs -> new ChunkRow(rs.getLong(1), key, rs.getInt(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                rs.getBoolean(6), rs.getBytes(7)));
    }

    /**
     * On PostgreSQL, serialises writers of the same series with transaction-scoped advisory locks on
     * (table, key). Row locks alone cannot: two writers creating the same new chunk find no row to lock,
     * and one of them would fail on the unique constraint instead of waiting and then merging or
     * reporting the series as existing. Locks are taken in one statement, in ascending id order, so
     * writers of several series cannot deadlock one another. The same round trip does what
     * {@link #planEachLookup()} does, for the lookups that follow.
     */
    private void lockSeriesKeys(Collection<SeriesKey> keys) {
        if (!store.postgres() || keys.isEmpty()) {
            return;
        }
        Long[] ids = keys.stream()
                .map(key -> UUID.nameUUIDFromBytes((table + "/" + key).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits())
                .sorted().distinct().toArray(Long[]::new);
        query("SELECT pg_advisory_xact_lock(id), " + CUSTOM_PLANS + " FROM unnest(?) AS locks(id)",
                ps -> ps.setArray(1, connection.createArrayOf("bigint", ids)), rs -> Boolean.TRUE);
        customPlans = true;
    }

    /**
     * On PostgreSQL, makes the rest of the transaction plan each statement for its own parameters. The
     * key lookups below otherwise get a cached generic plan after five runs, and one made while the
     * table was still empty is a sequential scan: 240-300 ms per lookup at 36 000 rows instead of 3 ms,
     * which made replication into a growing store four times slower than its floor, and filling a store
     * series by series 1.4 times slower (a second of server CPU for month_heavy).
     */
    private void planEachLookup() {
        if (store.postgres() && !customPlans) {
            query("SELECT " + CUSTOM_PLANS, ps -> { }, rs -> Boolean.TRUE);
            customPlans = true;
        }
    }

    /** The rows (without data) of the given series, tombstones included, locked; for bulk first writes. */
    List<ChunkRow> lockRowsOf(Collection<SeriesKey> keys) {
        lockSeriesKeys(keys); // also plans the lookups below for their own parameters
        List<ChunkRow> rows = new ArrayList<>();
        List<SeriesKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<SeriesKey> group = all.subList(from, Math.min(all.size(), from + BATCH));
            StringJoiner any = new StringJoiner(" OR ");
            group.forEach(k -> any.add("(" + keyCondition(k) + ")"));
            String sql = "SELECT " + id + ", " + chunkIndex + ", " + deleted + keySelect()
                    + " FROM " + table + " WHERE " + any + " FOR UPDATE";
            rows.addAll(query(sql, ps -> {
                int p = 1;
                for (SeriesKey k : group) {
                    p = bindKey(ps, p, k);
                }
            }, rs -> new ChunkRow(rs.getLong(1), readKey(rs, 4), rs.getInt(2), null, null, null, rs.getBoolean(3), null)));
        }
        return rows;
    }

    /** The rows of the given chunks, with data if asked, locked if asked; keyed by reference. */
    Map<ChunkRef, ChunkRow> fetch(List<ChunkRef> refs, boolean withData, boolean lock) {
        Map<ChunkRef, ChunkRow> found = new LinkedHashMap<>();
        Object[][] arrays = store.postgres() && refs.size() > 1 ? refsAsArrays(refs) : null;
        if (arrays != null) {
            fetchJoiningArrays(arrays, withData, lock).forEach(row -> found.put(row.ref(), row));
            return found;
        }
        planEachLookup();
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<ChunkRef> group = refs.subList(from, Math.min(refs.size(), from + BATCH));
            StringJoiner any = new StringJoiner(" OR ");
            group.forEach(r -> any.add("(" + keyCondition(r.key()) + " AND " + chunkIndex + " = ?)"));
            String sql = fetchColumns(withData) + " FROM " + table + " WHERE " + any + (lock ? " FOR UPDATE" : "");
            List<ChunkRow> rows = query(sql, ps -> {
                if (withData) {
                    readsBlobs(ps);
                }
                int p = 1;
                for (ChunkRef r : group) {
                    p = bindKey(ps, p, r.key());
                    ps.setInt(p++, r.chunkIndex());
                }
            }, this::fetchedRow);
            rows.forEach(row -> found.put(row.ref(), row));
        }
        return found;
    }

    /** The select list of {@link #fetch}: every column, data only if asked, keys last. */
    private String fetchColumns(boolean withData) {
        return "SELECT " + id + ", " + chunkIndex + ", " + dtype + ", " + startTs + ", " + updatedAt + ", " + deleted
                + ", " + (withData ? data : "NULL") + keySelect();
    }

    /** A row read with {@link #fetchColumns}. */
    private ChunkRow fetchedRow(ResultSet rs) throws SQLException {
        return new ChunkRow(rs.getLong(1), readKey(rs, 8), rs.getInt(2), rs.getString(3), instant(rs, 4),
                instant(rs, 5), rs.getBoolean(6), rs.getBytes(7));
    }

    /**
     * {@link #fetch} in one statement on PostgreSQL: the references travel as one array per column and
     * the table is joined with their {@code unnest}. Planning an OR of 128 key conditions measured 2.6 ms
     * and running it 3.6 ms, against well under a millisecond for the join: replication does two such
     * lookups per chunk page.
     */
    private List<ChunkRow> fetchJoiningArrays(Object[][] columns, boolean withData, boolean lock) {
        StringJoiner arrays = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner on = new StringJoiner(" AND ");
        for (int k = 0; k < store.keys().size(); k++) {
            KeyField field = store.keys().get(k);
            arrays.add("?::text[]");
            names.add("k" + k);
            on.add(field.column() + " = r.k" + k + "::" + store.columnType(field.column()));
        }
        arrays.add("?::integer[]");
        names.add("ci");
        on.add(chunkIndex + " = r.ci");
        String sql = fetchColumns(withData) + " FROM " + table + " JOIN unnest(" + arrays + ") AS r(" + names + ") ON " + on
                + (lock ? " FOR UPDATE OF " + table : "");
        return query(sql, ps -> {
            if (withData) {
                readsBlobs(ps);
            }
            for (int k = 0; k < store.keys().size(); k++) {
                ps.setArray(k + 1, connection.createArrayOf("text", columns[k]));
            }
            ps.setArray(store.keys().size() + 1, connection.createArrayOf("integer", columns[store.keys().size()]));
        }, this::fetchedRow);
    }

    /**
     * The references as one array per key column (values as text, which PostgreSQL casts back to the
     * column type) plus one of chunk indexes; null when a key value or column type has no safe text form.
     */
    private Object[][] refsAsArrays(List<ChunkRef> refs) {
        List<KeyField> keys = store.keys();
        Object[][] columns = new Object[keys.size() + 1][refs.size()];
        for (int k = 0; k < keys.size(); k++) {
            if (store.columnType(keys.get(k).column()) == null) {
                return null;
            }
        }
        for (int i = 0; i < refs.size(); i++) {
            ChunkRef ref = refs.get(i);
            for (int k = 0; k < keys.size(); k++) {
                Object value = keys.get(k).toColumnValue(ref.key().get(keys.get(k).name()));
                if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                        || value instanceof java.time.LocalDate || value instanceof java.sql.Date)) {
                    return null;
                }
                columns[k][i] = value.toString();
            }
            columns[keys.size()][i] = ref.chunkIndex();
        }
        return columns;
    }

    /**
     * Streams the live chunks matching a filter within {@code [fromIndex, toIndex]}, with their keys,
     * ordered by key columns then chunk index ({@code descending}: by chunk index, newest first).
     */
    Cursor liveChunks(SeriesKey filter, int fromIndex, int toIndex, boolean descending) {
        String order = descending ? chunkIndex + " DESC" : (keyColumns.isEmpty() ? "" : keyColumns + ", ") + chunkIndex;
        String sql = "SELECT " + id + ", " + chunkIndex + ", " + dtype + ", " + data + keySelect()
                + " FROM " + table + " WHERE " + keyCondition(filter) + " AND " + deleted + " = FALSE"
                + " AND " + chunkIndex + " BETWEEN ? AND ? ORDER BY " + order;
        try {
            PreparedStatement ps = connection.prepareStatement(sql);
            try {
                readsBlobs(ps);
                ps.setFetchSize(FETCH_SIZE);
                int p = bindKey(ps, 1, filter);
                ps.setInt(p++, fromIndex);
                ps.setInt(p, toIndex);
                return new Cursor(ps, ps.executeQuery());
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The newest {@code updated_at} among rows matching the filter, tombstones included. */
    Optional<Instant> maxUpdatedAt(SeriesKey filter) {
        String sql = "SELECT MAX(" + updatedAt + ") FROM " + table + " WHERE " + keyCondition(filter);
        List<Optional<Instant>> result = query(sql, ps -> bindKey(ps, 1, filter), rs -> Optional.ofNullable(instant(rs, 1)));
        return result.get(0);
    }

    /** Rows changed at or after {@code since} that match the filter, ordered by (updated_at, id). */
    List<ChunkUpdate> updates(Instant since, SeriesKey filter, int limit, long offset) {
        String sql = "SELECT " + chunkIndex + ", " + dtype + ", " + startTs + ", " + updatedAt + ", " + deleted + keySelect()
                + " FROM " + table + " WHERE " + updatedAt + " >= ? AND " + keyCondition(filter)
                + " ORDER BY " + updatedAt + ", " + id + " LIMIT ? OFFSET ?";
        return query(sql, ps -> {
            ps.setObject(1, timestamp(since));
            int p = bindKey(ps, 2, filter);
            ps.setInt(p++, limit);
            ps.setLong(p, offset);
        }, rs -> new ChunkUpdate(readKey(rs, 6), rs.getInt(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getBoolean(5)));
    }

    long countUpdates(Instant since, SeriesKey filter) {
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE " + updatedAt + " >= ? AND " + keyCondition(filter);
        return query(sql, ps -> {
            ps.setObject(1, timestamp(since));
            bindKey(ps, 2, filter);
        }, rs -> rs.getLong(1)).get(0);
    }

    /** Turns the live rows matching the filter into tombstones; returns how many. */
    int tombstone(SeriesKey filter, Instant when, String tombstoneDtype, byte[] emptyBlob) {
        String sql = "UPDATE " + table + " SET " + deleted + " = TRUE, " + data + " = ?, " + dtype + " = ?, " + updatedAt + " = ?"
                + " WHERE " + keyCondition(filter) + " AND " + deleted + " = FALSE";
        return update(sql, ps -> {
            ps.setBytes(1, emptyBlob);
            ps.setString(2, tombstoneDtype);
            ps.setObject(3, timestamp(when));
            bindKey(ps, 4, filter);
        });
    }

    /** Removes the rows matching the filter, tombstones included; returns how many. */
    int remove(SeriesKey filter) {
        return update("DELETE FROM " + table + " WHERE " + keyCondition(filter), ps -> bindKey(ps, 1, filter));
    }

    /**
     * A writer of rows; close it to send what is left. {@code expectedInserts} is how many rows it will
     * probably insert (more or fewer both work): on PostgreSQL it reserves that many ids before streaming.
     */
    ChunkRowWriter writer(int expectedInserts) {
        return new ChunkRowWriter(store, connection, expectedInserts);
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
                return new ChunkRow(rows.getLong(1), readKey(rows, 5), rows.getInt(2), rows.getString(3), null, null,
                        false, rows.getBytes(4));
            } catch (SQLException e) {
                throw failure("read", e);
            }
        }

        @Override
        public void close() {
            try (statement; rows) {
                // closes both
            } catch (SQLException e) {
                throw failure("close a cursor on", e);
            }
        }
    }

    // ---- SQL helpers ----

    private void readsBlobs(PreparedStatement ps) throws SQLException {
        if (store.postgres()) {
            PostgresStatements.preferBinary(ps);
        }
    }

    private String keySelect() {
        return keyColumns.isEmpty() ? "" : ", " + keyColumns;
    }

    /** {@code k1 = ? AND k2 = ?} for the fields the key gives, in name order; {@code 1 = 1} for none. */
    private String keyCondition(SeriesKey key) {
        StringJoiner condition = new StringJoiner(" AND ");
        for (KeyField field : store.keys()) {
            if (key.has(field.name())) {
                condition.add(field.column() + " = ?");
            }
        }
        return condition.length() == 0 ? "1 = 1" : condition.toString();
    }

    /** Binds what {@link #keyCondition} asks for from position {@code p}; returns the next position. */
    private int bindKey(PreparedStatement ps, int p, SeriesKey key) throws SQLException {
        for (KeyField field : store.keys()) {
            if (key.has(field.name())) {
                ps.setObject(p++, field.toColumnValue(key.get(field.name())));
            }
        }
        return p;
    }

    /** Binds every key field in column order from position {@code p}. */
    static void bindKeyValues(StoreDefinition store, PreparedStatement ps, int p, SeriesKey key) throws SQLException {
        for (KeyField field : store.keys()) {
            ps.setObject(p++, field.toColumnValue(key.get(field.name())));
        }
    }

    /** The key held in the key columns starting at position {@code p} (as {@link #keySelect()} lists them). */
    private SeriesKey readKey(ResultSet rs, int p) throws SQLException {
        if (store.keys().isEmpty()) {
            return SeriesKey.all();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (KeyField field : store.keys()) {
            values.put(field.name(), field.fromColumnValue(rs.getObject(p++)));
        }
        return SeriesKey.of(values);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private int update(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private ChunkStoreException failure(String action, SQLException e) {
        return failure(store, action, e);
    }

    static ChunkStoreException failure(StoreDefinition store, String action, SQLException e) {
        return new ChunkStoreException("could not " + action + " table " + store.table() + " of store " + store.name() + ": " + e.getMessage(), e);
    }
}
