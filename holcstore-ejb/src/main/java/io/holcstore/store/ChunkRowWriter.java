package io.holcstore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the chunk rows of one store's table over the connection of the caller's transaction; close it
 * to send what is left. Updates go in JDBC batches of {@link ChunkTable#BATCH}. On PostgreSQL, inserts
 * stream through one binary COPY that stays open while the caller prepares the next rows, so that the
 * server stores rows as the caller encodes or checks the following ones; elsewhere they go in batches
 * too. Memory stays bounded either way.
 */
final class ChunkRowWriter implements AutoCloseable {
    /** Ids reserved at most before a COPY: the connection is busy while it runs, and a sequence may need it. */
    private static final int ID_BLOCK = 1024;

    private final StoreDefinition store;
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PostgresCopy copy;
    private final long[] reservedIds;
    private int expectedInserts;
    private int nextReserved;
    private int reservedCount;
    private int pendingInserts;
    private int pendingUpdates;
    private int written;

    ChunkRowWriter(StoreDefinition store, Connection connection, int expectedInserts) {
        this.store = store;
        this.connection = connection;
        this.expectedInserts = expectedInserts;
        String table = store.table();
        String id = store.column("id");
        List<String> columns = new ArrayList<>(List.of(id, store.column("chunkIndex"), store.column("startTs"),
                store.column("dtype"), store.column("updatedAt"), store.column("deleted"), store.column("data")));
        store.keys().forEach(key -> columns.add(key.column()));
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try {
            copy = store.postgres() ? postgresCopy(columns) : reportBatches();
            insert = copy != null ? null
                    : connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")");
            // start_ts, dtype, updated_at, is_deleted, data: bound in that order by update(), then the id.
            update = connection.prepareStatement("UPDATE " + table + " SET " + String.join(" = ?, ", columns.subList(2, 7))
                    + " = ? WHERE " + id + " = ?");
        } catch (SQLException e) {
            throw ChunkTable.failure(store, "write", e);
        }
        reservedIds = copy == null ? null : new long[ID_BLOCK];
    }

    private PostgresCopy postgresCopy(List<String> columns) throws SQLException {
        PostgresCopy copy;
        try {
            copy = PostgresCopy.forTable(connection, store, columns);
        } catch (LinkageError e) {
            store.reportInsertPath("batched INSERTs: the PostgreSQL driver's classes are not visible to HoLcStore (" + e + ")");
            return null;
        }
        store.reportInsertPath(copy != null ? "binary COPY"
                : "batched INSERTs: the connection does not unwrap to the PostgreSQL driver's, or a column type has no COPY encoding");
        return copy;
    }

    private PostgresCopy reportBatches() {
        store.reportInsertPath("batched INSERTs (not PostgreSQL)");
        return null;
    }

    /** Inserts a new row; its id comes from the entity's sequence. */
    void insert(ChunkRow row) {
        try {
            if (copy != null) {
                copyRow(row);
            } else {
                insert.setLong(1, store.nextId());
                insert.setInt(2, row.chunkIndex());
                insert.setObject(3, ChunkTable.timestamp(row.startTs()));
                insert.setString(4, row.dtype());
                insert.setObject(5, ChunkTable.timestamp(row.updatedAt()));
                insert.setBoolean(6, row.deleted());
                insert.setBytes(7, row.data());
                ChunkTable.bindKeyValues(store, insert, 8, row.key());
                insert.addBatch();
                if (++pendingInserts == ChunkTable.BATCH) {
                    flushInserts();
                }
            }
        } catch (SQLException e) {
            throw ChunkTable.failure(store, "insert", e);
        }
    }

    private void copyRow(ChunkRow row) throws SQLException {
        if (nextReserved == reservedCount) {
            endCopy(); // the sequence may need the connection
            reserveIds();
        }
        if (!copy.isOpen()) {
            copy.open(connection);
        }
        Object[] values = new Object[7 + store.keys().size()];
        values[0] = reservedIds[nextReserved++];
        values[1] = row.chunkIndex();
        values[2] = row.startTs();
        values[3] = row.dtype();
        values[4] = row.updatedAt();
        values[5] = row.deleted();
        values[6] = row.data();
        int p = 7;
        for (KeyField field : store.keys()) {
            values[p++] = field.toColumnValue(row.key().get(field.name()));
        }
        copy.write(values);
    }

    /** Reserves the ids of the next inserts: as many as still expected, at least one, at most a block. */
    private void reserveIds() {
        reservedCount = Math.max(1, Math.min(ID_BLOCK, expectedInserts));
        for (int i = 0; i < reservedCount; i++) {
            reservedIds[i] = store.nextId();
        }
        nextReserved = 0;
        expectedInserts -= reservedCount;
    }

    /** Rewrites the content of the row with {@code row.id()}. */
    void update(ChunkRow row) {
        try {
            update.setObject(1, ChunkTable.timestamp(row.startTs()));
            update.setString(2, row.dtype());
            update.setObject(3, ChunkTable.timestamp(row.updatedAt()));
            update.setBoolean(4, row.deleted());
            update.setBytes(5, row.data());
            update.setLong(6, row.id());
            update.addBatch();
            if (++pendingUpdates == ChunkTable.BATCH) {
                flushUpdates();
            }
        } catch (SQLException e) {
            throw ChunkTable.failure(store, "update", e);
        }
    }

    /** Rows written so far, sent or pending. */
    int written() {
        return written + pendingInserts + pendingUpdates + (copy == null ? 0 : copy.rows());
    }

    private void flushInserts() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            written += pendingInserts;
            pendingInserts = 0;
        }
    }

    private void endCopy() throws SQLException {
        if (copy != null) {
            written += copy.end();
        }
    }

    private void flushUpdates() throws SQLException {
        if (pendingUpdates > 0) {
            endCopy(); // the connection takes no statement while a COPY is open
            update.executeBatch();
            written += pendingUpdates;
            pendingUpdates = 0;
        }
    }

    @Override
    public void close() {
        try (insert; update) {
            endCopy();
            flushInserts();
            flushUpdates();
        } catch (SQLException e) {
            throw ChunkTable.failure(store, "write", e);
        }
    }
}
