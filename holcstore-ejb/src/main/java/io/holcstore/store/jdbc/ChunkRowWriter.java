package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.ChunkRow;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.RowSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes the chunk rows of one store's table over the connection of the caller's transaction; close it
 * to send what is left. New rows go to the dialect's {@link RowSink} (on PostgreSQL a binary COPY that
 * stays open while the caller prepares the next rows, so that the server stores rows as the caller
 * encodes or checks the following ones); rewrites go in JDBC batches of {@link ChunkSql#BATCH}.
 * Memory stays bounded either way. Not thread-safe.
 */
final class ChunkRowWriter implements AutoCloseable {
    /** Ids reserved at most at once: a sink may keep the connection busy, and the sequence may need it. */
    private static final int ID_BLOCK = 1024;

    private final ChunkSql sql;
    private final ChunkDialect dialect;
    private final Connection connection;
    private final PreparedStatement update;
    private final long[] reservedIds = new long[ID_BLOCK];
    private RowSink sink;
    private int expectedInserts;
    private int nextReserved;
    private int reservedCount;
    private int pendingUpdates;
    private int written;

    ChunkRowWriter(ChunkSql sql, ChunkDialect dialect, Connection connection, int expectedInserts) {
        this.sql = sql;
        this.dialect = dialect;
        this.connection = connection;
        this.expectedInserts = expectedInserts;
        List<String> columns = sql.insertColumns();
        try {
            // start_ts, dtype, updated_at, is_deleted, data, upstream_updated_at: bound in that order by update(), then the id.
            update = connection.prepareStatement("UPDATE " + sql.table() + " SET "
                    + String.join(" = ?, ", columns.subList(2, ChunkSql.FIXED_COLUMNS)) + " = ? WHERE " + sql.columns().id() + " = ?");
        } catch (SQLException e) {
            throw sql.failure("write", e);
        }
    }

    /** Inserts a new row; its id comes from the entity's sequence. */
    void insert(ChunkRow row) {
        try {
            if (nextReserved == reservedCount) {
                reserveIds();
            }
            if (sink == null) {
                sink = dialect.openRowSink(connection);
            }
            sink.insert(row.withId(reservedIds[nextReserved++]));
            written++;
        } catch (SQLException e) {
            throw sql.failure("insert into", e);
        }
    }

    /** Reserves the ids of the next inserts: as many as still expected, at least one, at most a block. */
    private void reserveIds() throws SQLException {
        flushInserts(); // the sequence may need the connection
        reservedCount = Math.max(1, Math.min(ID_BLOCK, expectedInserts));
        for (int i = 0; i < reservedCount; i++) {
            reservedIds[i] = sql.nextId();
        }
        nextReserved = 0;
        expectedInserts -= reservedCount;
    }

    /** Rewrites the content of the row with {@code row.id()}, its upstream stamp included (null for a local write). */
    void update(ChunkRow row) {
        try {
            update.setObject(1, ChunkSql.timestamp(row.startTs()));
            update.setString(2, row.dtype());
            update.setObject(3, ChunkSql.timestamp(row.updatedAt()));
            update.setBoolean(4, row.deleted());
            update.setBytes(5, row.data());
            update.setObject(6, ChunkSql.timestampOrNull(row.upstreamUpdatedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            update.setLong(7, row.id());
            update.addBatch();
            written++;
            if (++pendingUpdates == ChunkSql.BATCH) {
                flushUpdates();
            }
        } catch (SQLException e) {
            throw sql.failure("update", e);
        }
    }

    /** Rows written so far, sent or pending. */
    int written() {
        return written;
    }

    private void flushInserts() throws SQLException {
        if (sink != null) {
            sink.flush();
        }
    }

    private void flushUpdates() throws SQLException {
        if (pendingUpdates > 0) {
            flushInserts(); // the connection may take no statement while a sink streams
            update.executeBatch();
            pendingUpdates = 0;
        }
    }

    @Override
    public void close() {
        try (update; RowSink closing = sink) {
            flushInserts();
            flushUpdates();
        } catch (SQLException e) {
            throw sql.failure("write", e);
        }
    }
}
