package io.holcstore.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An INSERT sent in batches of a fixed number of rows, as the floors' batched write path sends it (its connection
 * opened with {@code reWriteBatchedInserts=true}, so each batch goes as multi-row INSERTs). Not thread-safe.
 */
final class BatchedInsert implements AutoCloseable {
    private final PreparedStatement insert;
    private final int rowsPerBatch;
    private int pending;

    /** Takes over {@code insert}: closing this closes it. */
    BatchedInsert(PreparedStatement insert, int rowsPerBatch) {
        this.insert = insert;
        this.rowsPerBatch = rowsPerBatch;
    }

    /** The statement whose parameters the caller sets before each {@link #addRow()}. */
    PreparedStatement statement() {
        return insert;
    }

    /** Adds the row whose parameters are set; sends the batch once it is full. */
    void addRow() throws SQLException {
        insert.addBatch();
        if (++pending == rowsPerBatch) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Sends the rows still pending, then closes the statement (the caller commits). */
    @Override
    public void close() throws SQLException {
        try (insert) {
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
