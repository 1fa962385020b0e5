package io.holcstore.store.dialect;

import io.holcstore.mapping.ChunkColumns;
import io.holcstore.mapping.IdSequence;
import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.SeriesKey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The SQL shape of one store's chunk table: its name, its columns, and how keys turn into conditions,
 * parameters and back. Shared by the table access and the dialects. Key columns are listed in key-name
 * order, after the fixed columns. Immutable, thread-safe.
 */
public final class ChunkSql {
    /** Rows per statement where the table access groups them (key lookups, JDBC batches). */
    public static final int BATCH = 128;
    private final StoreMapping mapping;
    private final IdSequence ids;
    private final ChunkColumns columns;
    private final String keyColumns;

    /** @param ids where new rows of the table take their ids */
    public ChunkSql(StoreMapping mapping, IdSequence ids) {
        this.mapping = mapping;
        this.ids = ids;
        this.columns = mapping.columns();
        StringJoiner keys = new StringJoiner(", ");
        mapping.keys().forEach(k -> keys.add(k.column()));
        this.keyColumns = keys.toString();
    }

    /** The entity's simple name, for messages. */
    public String store() {
        return mapping.name();
    }

    /** Whether the store has sync: its writes are then stamped for its listing of updates. */
    public boolean sync() {
        return mapping.sync();
    }

    public String table() {
        return mapping.table();
    }

    public ChunkColumns columns() {
        return columns;
    }

    /** The user key fields, sorted by name. */
    public List<KeyField> keys() {
        return mapping.keys();
    }

    /** The key columns in key order, comma-separated; empty for a store without key fields. */
    public String keyColumns() {
        return keyColumns;
    }

    /** {@code ", k1, k2"}: the key columns appended to a select list (nothing for a store without keys). */
    public String keySelect() {
        return keyColumns.isEmpty() ? "" : ", " + keyColumns;
    }

    /** How many fixed columns {@link #insertColumns()} lists before the key columns. */
    public static final int FIXED_COLUMNS = 8;

    /**
     * Every column an insert fills: the fixed ones (id, chunk index, start, dtype, updated_at, deleted, data,
     * upstream updated_at), then the key columns.
     */
    public List<String> insertColumns() {
        List<String> all = new ArrayList<>(List.of(columns.id(), columns.chunkIndex(), columns.startTs(), columns.dtype(),
                columns.updatedAt(), columns.deleted(), columns.data(), columns.upstreamUpdatedAt()));
        keys().forEach(key -> all.add(key.column()));
        return all;
    }

    /** The select list of row lookups: every column, the data if the lookup reads it, keys last (as {@link #readRow} reads them). */
    public String rowSelect(RowLookup lookup) {
        return "SELECT " + columns.id() + ", " + columns.chunkIndex() + ", " + columns.dtype() + ", " + columns.startTs()
                + ", " + columns.updatedAt() + ", " + columns.deleted() + ", " + (lookup.readsData() ? columns.data() : "NULL")
                + ", " + columns.upstreamUpdatedAt() + keySelect();
    }

    /** A row selected with {@link #rowSelect}. */
    public ChunkRow readRow(ResultSet rs) throws SQLException {
        return new ChunkRow(rs.getLong(1), readKey(rs, 9), rs.getInt(2), rs.getString(3), instant(rs, 4),
                instant(rs, 5), rs.getBoolean(6), rs.getBytes(7), instant(rs, 8));
    }

    /** {@code k1 = ? AND k2 = ?} for the fields the key gives, in name order; {@code 1 = 1} for none. */
    public String keyCondition(SeriesKey key) {
        StringJoiner condition = new StringJoiner(" AND ");
        for (KeyField field : keys()) {
            if (key.has(field.name())) {
                condition.add(field.column() + " = ?");
            }
        }
        return condition.length() == 0 ? "1 = 1" : condition.toString();
    }

    /** Binds what {@link #keyCondition} asks for from position {@code p}; returns the next position. */
    public int bindKey(PreparedStatement ps, int p, SeriesKey key) throws SQLException {
        for (KeyField field : keys()) {
            if (key.has(field.name())) {
                ps.setObject(p++, field.toColumnValue(key.get(field.name())));
            }
        }
        return p;
    }

    /** A new row id from the entity's sequence. */
    public long nextId() {
        return ids.next();
    }

    /** The column value of every key field, in key order. */
    public Object[] keyColumnValues(SeriesKey key) {
        List<KeyField> fields = keys();
        Object[] values = new Object[fields.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = fields.get(k).toColumnValue(key.get(fields.get(k).name()));
        }
        return values;
    }

    /** The key held in the key columns starting at position {@code p} (as {@link #keySelect()} lists them). */
    public SeriesKey readKey(ResultSet rs, int p) throws SQLException {
        if (keys().isEmpty()) {
            return SeriesKey.all();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (KeyField field : keys()) {
            values.put(field.name(), field.fromColumnValue(rs.getObject(p++)));
        }
        return SeriesKey.of(values);
    }

    /** An instant as the {@code timestamptz} parameter JDBC drivers accept. */
    public static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** {@link #timestamp}, or null for null: for the nullable {@code upstream_updated_at}. */
    public static OffsetDateTime timestampOrNull(Instant instant) {
        return instant == null ? null : timestamp(instant);
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The error of a failed statement, naming the action, the table and the store. */
    public ChunkStoreException failure(String action, SQLException e) {
        return new ChunkStoreException("could not " + action + " table " + table() + " of store " + store() + ": " + e.getMessage(), e);
    }
}
