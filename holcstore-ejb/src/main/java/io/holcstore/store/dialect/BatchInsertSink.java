package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The portable {@link RowSink}: one prepared INSERT, sent in JDBC batches of {@link ChunkSql#BATCH} rows. */
final class BatchInsertSink implements RowSink {
    private final ChunkSql sql;
    private final PreparedStatement insert;
    private int pending;

    BatchInsertSink(Connection connection, ChunkSql sql) throws SQLException {
        this.sql = sql;
        String columns = String.join(", ", sql.insertColumns());
        String marks = String.join(", ", sql.insertColumns().stream().map(c -> "?").toList());
        this.insert = connection.prepareStatement("INSERT INTO " + sql.table() + " (" + columns + ") VALUES (" + marks + ")");
    }

    @Override
    public void insert(ChunkRow row) throws SQLException {
        insert.setLong(1, row.id());
        insert.setInt(2, row.chunkIndex());
        insert.setObject(3, ChunkSql.timestamp(row.startTs()));
        insert.setString(4, row.dtype());
        insert.setObject(5, ChunkSql.timestamp(row.updatedAt()));
        insert.setBoolean(6, row.deleted());
        insert.setBytes(7, row.data());
        insert.setObject(8, ChunkSql.timestampOrNull(row.upstreamUpdatedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        Object[] keys = sql.keyColumnValues(row.key());
        for (int k = 0; k < keys.length; k++) {
            insert.setObject(ChunkSql.FIXED_COLUMNS + 1 + k, keys[k]);
        }
        insert.addBatch();
        if (++pending == ChunkSql.BATCH) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
