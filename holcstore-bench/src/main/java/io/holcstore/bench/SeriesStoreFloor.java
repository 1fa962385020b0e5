package io.holcstore.bench;

import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.KeyedSeries;
import org.postgresql.PGStatement;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The floors of the store of whole series: its work done the fastest plain-JDBC way on a bare table of the same shape
 * as its table ({@code id}, the key columns, {@code dtype}, {@code data}, the unique constraint on the keys), data
 * stored {@code EXTERNAL} as the chunk floor's (the blobs are LZ4 already). A write includes making each series'
 * {@link IndexedSeries} and encoding its blob, as {@code setTs} must; a read includes decoding every blob.
 */
final class SeriesStoreFloor implements AutoCloseable {
    static final String TABLE = "holcstore_bench_series_floor";
    private static final String COLUMNS = "id, version, kind, dtype, data";
    /** Rows per batched INSERT and per read round trip: some 14 MB of blobs of 3 years at 15 minutes. */
    private static final int ROWS_PER_TRIP = 16;

    private final Database db;
    private final SeriesStoreWorkload workload;
    /** Open for the whole workload, so every timed run finds them ready (and CpuMeter sees their backends). */
    private final Connection plain;
    private final Connection rewriting;

    SeriesStoreFloor(Database db, SeriesStoreWorkload workload) throws SQLException {
        this.db = db;
        this.workload = workload;
        db.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigint PRIMARY KEY, version integer NOT NULL,"
                + " kind varchar(255) NOT NULL, dtype varchar(16) NOT NULL, data bytea NOT NULL,"
                + " CONSTRAINT " + TABLE + "_uniq UNIQUE (kind, version))");
        db.execute("ALTER TABLE " + TABLE + " ALTER COLUMN data SET STORAGE EXTERNAL");
        this.plain = db.connect("");
        this.plain.setAutoCommit(false);
        this.rewriting = db.connect("reWriteBatchedInserts=true");
        this.rewriting.setAutoCommit(false);
    }

    /** Writes every series into the emptied table in one transaction; seconds, generation left out. */
    double write(FloorFigures.WritePath path) throws SQLException, IOException {
        db.truncate(TABLE);
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        Connection connection = path == FloorFigures.WritePath.COPY ? plain : rewriting;
        long id = 0;
        Stopwatch watch = Stopwatch.started();
        try (RowSink sink = path == FloorFigures.WritePath.COPY ? copySink() : batchSink()) {
            for (KeyedSeries keyed : watch.excluding(workload.all())) {
                byte[] blob = encoding.encode(IndexedSeries.of(keyed.series(), workload.zone()));
                sink.write(++id, (Integer) keyed.key().get("version"), (String) keyed.key().get("kind"), encoding.dtype(), blob);
            }
        }
        connection.commit();
        return watch.seconds();
    }

    /** Fills the table (untimed) unless it already holds every series of the workload. */
    void ensureFilled() throws SQLException, IOException {
        if (db.rowCount(TABLE) != workload.seriesCount()) {
            write(FloorFigures.WritePath.COPY);
        }
    }

    /**
     * One plain SELECT of every row, each blob decoded and its values summed. {@code binary}: bytea arrives raw (the
     * statement server-prepared from its first run); otherwise as hex text, as pgjdbc reads a statement run fewer than
     * prepareThreshold (5) times on its connection. Different SQL texts, as pgjdbc caches statements by text.
     */
    double read(boolean binary) throws SQLException {
        Checksum checksum = new Checksum();
        long start = System.nanoTime();
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE + (binary ? "" : " /* text transfer */");
        try (PreparedStatement select = plain.prepareStatement(sql)) {
            select.setFetchSize(ROWS_PER_TRIP);
            select.unwrap(PGStatement.class).setPrepareThreshold(binary ? -1 : 0);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getInt(2);
                    rs.getString(3);
                    rs.getString(4);
                    checksum.add(BlobPoints.decode(rs.getBytes(5)).values());
                }
            }
        }
        plain.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.totalPoints(), "series floor read");
        return seconds;
    }

    long storedBytes() {
        return db.totalBytes(TABLE);
    }

    /** One row of the table, written. */
    private interface RowSink extends AutoCloseable {
        void write(long id, int version, String kind, String dtype, byte[] data) throws SQLException, IOException;

        @Override
        void close() throws SQLException, IOException;
    }

    private RowSink copySink() throws SQLException {
        CopyRows copy = new CopyRows(plain, TABLE + " (" + COLUMNS + ")");
        return new RowSink() {
            @Override
            public void write(long id, int version, String kind, String dtype, byte[] data) throws IOException {
                copy.row(5).int8(id).int4(version).text(kind).text(dtype).bytes(data);
            }

            @Override
            public void close() throws IOException {
                copy.close();
            }
        };
    }

    private RowSink batchSink() throws SQLException {
        PreparedStatement insert = rewriting.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
        return new RowSink() {
            private int pending;

            @Override
            public void write(long id, int version, String kind, String dtype, byte[] data) throws SQLException {
                insert.setLong(1, id);
                insert.setInt(2, version);
                insert.setString(3, kind);
                insert.setString(4, dtype);
                insert.setBytes(5, data);
                insert.addBatch();
                if (++pending == ROWS_PER_TRIP) {
                    insert.executeBatch();
                    pending = 0;
                }
            }

            @Override
            public void close() throws SQLException {
                try (insert) {
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
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
