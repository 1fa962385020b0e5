package io.holcstore.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;

/**
 * What the floors of the two blob stores ({@link CurveStoreFloor}, {@link SeriesStoreFloor}) share: a bare table with
 * one row per blob, its data stored {@code EXTERNAL} as the chunk floor's (the blobs are LZ4 already), two connections
 * held open, writing rows by COPY or by batched INSERT, and one streaming SELECT. A subclass says how one of its rows
 * {@code R} goes into COPY and into an INSERT; what it writes and how it checks a read stay its own.
 */
abstract class BlobStoreFloor<R> implements AutoCloseable {
    final String table;
    protected final Database db;
    private final String columns;
    private final int columnCount;
    /** Rows per batched INSERT and per read round trip. */
    private final int rowsPerTrip;
    /** Open for the whole workload, so every timed run finds them ready (and CpuMeter sees their backends). */
    protected final Connection plain;
    private final Connection rewriting;

    /**
     * @param columnDefinitions the CREATE TABLE body; its data column is set to EXTERNAL storage
     * @param columns           the columns every row gives, in the order {@link #copyRow} and {@link #bindRow} use
     */
    BlobStoreFloor(Database db, String table, String columnDefinitions, String columns, int rowsPerTrip) throws SQLException {
        this.db = db;
        this.table = table;
        this.columns = columns;
        this.columnCount = columns.split(",").length;
        this.rowsPerTrip = rowsPerTrip;
        db.execute("CREATE TABLE IF NOT EXISTS " + table + " (" + columnDefinitions + ")");
        db.execute("ALTER TABLE " + table + " ALTER COLUMN data SET STORAGE EXTERNAL");
        this.plain = db.connect("");
        this.plain.setAutoCommit(false);
        this.rewriting = db.connect("reWriteBatchedInserts=true");
        this.rewriting.setAutoCommit(false);
    }

    /** Writes the whole workload into the emptied table; seconds, generation left out. */
    abstract double write(FloorFigures.WritePath path) throws SQLException, IOException;

    /**
     * Reads and decodes the whole workload, checking what it read; seconds. {@code binary}: bytea arrives raw (the
     * statement server-prepared from its first run); otherwise as hex text, as pgjdbc reads a statement run fewer than
     * prepareThreshold (5) times on its connection.
     */
    abstract double read(boolean binary) throws SQLException;

    /** The rows the table holds once the workload is written. */
    abstract long workloadRows();

    /** The row's values appended to a COPY, in {@code columns} order. */
    abstract void copyRow(CopyRows copy, R row) throws IOException;

    /** The row's values set on the INSERT's parameters, in {@code columns} order. */
    abstract void bindRow(PreparedStatement insert, R row) throws SQLException;

    /** Fills the table (untimed) unless it already holds every row of the workload. */
    final void ensureFilled() throws SQLException, IOException {
        if (db.rowCount(table) != workloadRows()) {
            write(FloorFigures.WritePath.COPY);
        }
    }

    final long storedBytes() {
        return db.totalBytes(table);
    }

    /** The connection a write path runs on; commit it once the sink is closed. */
    final Connection connection(FloorFigures.WritePath path) {
        return path == FloorFigures.WritePath.COPY ? plain : rewriting;
    }

    /** A sink writing rows by the path's way; close it before committing {@link #connection}. */
    final RowSink<R> sink(FloorFigures.WritePath path) throws SQLException {
        return path == FloorFigures.WritePath.COPY ? copySink() : batchSink();
    }

    /** What a read does with each row. */
    @FunctionalInterface
    interface RowReader {
        void accept(ResultSet row) throws SQLException;
    }

    /** What a read sets on its statement before running it (its parameters). */
    @FunctionalInterface
    interface StatementSetup {
        void apply(PreparedStatement select) throws SQLException;
    }

    /** Runs {@code sql} on the plain connection as {@link FloorSelect#prepare} prepares it, then commits. */
    final void select(String sql, boolean binary, StatementSetup setup, RowReader reader) throws SQLException {
        try (PreparedStatement select = FloorSelect.prepare(plain, sql, binary, rowsPerTrip)) {
            setup.apply(select);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reader.accept(rs);
                }
            }
        }
        plain.commit();
    }

    /** Rows of one write, sent as they come. */
    interface RowSink<R> extends AutoCloseable {
        void write(R row) throws SQLException, IOException;

        @Override
        void close() throws SQLException, IOException;
    }

    private RowSink<R> copySink() throws SQLException {
        CopyRows copy = new CopyRows(plain, table + " (" + columns + ")");
        return new RowSink<>() {
            @Override
            public void write(R row) throws IOException {
                copyRow(copy, row);
            }

            @Override
            public void close() throws IOException {
                copy.close();
            }
        };
    }

    private RowSink<R> batchSink() throws SQLException {
        String parameters = String.join(", ", Collections.nCopies(columnCount, "?"));
        BatchedInsert batch = new BatchedInsert(rewriting.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + parameters + ")"), rowsPerTrip);
        return new RowSink<>() {
            @Override
            public void write(R row) throws SQLException {
                bindRow(batch.statement(), row);
                batch.addRow();
            }

            @Override
            public void close() throws SQLException {
                batch.close();
            }
        };
    }

    @Override
    public void close() throws SQLException {
        try (plain; rewriting) {
            // closes both
        }
    }
}
