package io.holcstore.store.dialect;

import java.sql.SQLException;

/**
 * Where new rows of one chunk table go, over the connection of the caller's transaction: in JDBC
 * batches, or streamed by a bulk protocol such as PostgreSQL's COPY. A sink may keep the connection
 * busy between calls; {@link #flush} hands it back. Not thread-safe.
 */
public interface RowSink extends AutoCloseable {
    /** Adds one row (its id set) to the pending ones; may send rows already. */
    void insert(ChunkRow row) throws SQLException;

    /** Sends every pending row, so the connection can take other statements. */
    void flush() throws SQLException;

    /** Frees the sink's statements; rows not {@linkplain #flush flushed} are not sent. */
    @Override
    void close() throws SQLException;
}
