package io.holcstore.bench;

import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import org.postgresql.PGStatement;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The floors of the load-curve store: its work done the fastest plain-JDBC way on a bare table of the same shape as
 * its table (id, client, prm, version, the two timestamps, dtype, data; the unique constraint on client, prm and
 * version), data stored {@code EXTERNAL} as the chunk floor's. A write knows every version in advance (no lookup of
 * the highest one) and includes making each curve's {@link IndexedSeries} and encoding its blob, as {@code setManyLc}
 * must; a read includes decoding every blob and combining each prm's versions newest first ({@link BlobPoints}).
 */
final class CurveStoreFloor implements AutoCloseable {
    static final String TABLE = "holcstore_bench_curve_floor";
    private static final String COLUMNS = "id, client_id, prm, version, last_modified, created_at, dtype, data";
    /** Rows per batched INSERT and per read round trip: some 10 MB of blobs of a year at 30 minutes. */
    private static final int ROWS_PER_TRIP = 64;

    private final Database db;
    private final CurveStoreWorkload workload;
    private final int batchSize;
    /** Open for the whole workload, so every timed run finds them ready (and CpuMeter sees their backends). */
    private final Connection plain;
    private final Connection rewriting;

    /** @param batchSize prms generated at a time (as the store's calls get them), so that the heap holds one batch */
    CurveStoreFloor(Database db, CurveStoreWorkload workload, int batchSize) throws SQLException {
        this.db = db;
        this.workload = workload;
        this.batchSize = batchSize;
        db.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigint PRIMARY KEY, client_id integer NOT NULL,"
                + " prm varchar(70) NOT NULL, version integer NOT NULL, last_modified timestamptz NOT NULL,"
                + " created_at timestamptz NOT NULL, dtype varchar(16) NOT NULL, data bytea NOT NULL,"
                + " CONSTRAINT " + TABLE + "_uniq UNIQUE (client_id, prm, version))");
        db.execute("ALTER TABLE " + TABLE + " ALTER COLUMN data SET STORAGE EXTERNAL");
        this.plain = db.connect("");
        this.plain.setAutoCommit(false);
        this.rewriting = db.connect("reWriteBatchedInserts=true");
        this.rewriting.setAutoCommit(false);
    }

    /**
     * Writes every version of every prm into the emptied table: version 0 of every prm in one transaction, then
     * version 1, then 2, as the store's three passes do. Seconds, generation left out.
     */
    double write(FloorFigures.WritePath path) throws SQLException, IOException {
        db.truncate(TABLE);
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        Connection connection = path == FloorFigures.WritePath.COPY ? plain : rewriting;
        long id = 0;
        Stopwatch watch = Stopwatch.started();
        for (int version = 0; version < CurveStoreWorkload.VERSIONS; version++) {
            Instant now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toInstant();
            try (RowSink sink = path == FloorFigures.WritePath.COPY ? copySink() : batchSink()) {
                for (Map<String, DenseSeries> batch : watch.excluding(workload.batches(version, batchSize))) {
                    for (Map.Entry<String, DenseSeries> curve : batch.entrySet()) {
                        byte[] blob = encoding.encode(IndexedSeries.of(curve.getValue(), workload.zone()));
                        sink.write(++id, curve.getKey(), version, now, encoding.dtype(), blob);
                    }
                }
            }
            connection.commit();
        }
        return watch.seconds();
    }

    /** Fills the table (untimed) unless it already holds every row of the workload. */
    void ensureFilled() throws SQLException, IOException {
        if (db.rowCount(TABLE) != workload.rows()) {
            write(FloorFigures.WritePath.COPY);
        }
    }

    /**
     * One plain SELECT of the client's rows ordered by prm, newest version first, each blob decoded, each prm's
     * versions combined, every combined value summed. {@code binary} as {@link SeriesStoreFloor#read(boolean)}.
     */
    double read(boolean binary) throws SQLException {
        Checksum checksum = new Checksum();
        long prms = 0;
        long start = System.nanoTime();
        String sql = "SELECT prm, version, dtype, data FROM " + TABLE + " WHERE client_id = ? ORDER BY prm, version DESC"
                + (binary ? "" : " /* text transfer */");
        try (PreparedStatement select = plain.prepareStatement(sql)) {
            select.setFetchSize(ROWS_PER_TRIP);
            select.unwrap(PGStatement.class).setPrepareThreshold(binary ? -1 : 0);
            select.setInt(1, CurveStoreWorkload.CLIENT_ID);
            try (ResultSet rs = select.executeQuery()) {
                String prm = null;
                BlobPoints combined = null;
                while (rs.next()) {
                    String rowPrm = rs.getString(1);
                    rs.getInt(2);
                    rs.getString(3);
                    BlobPoints points = BlobPoints.decode(rs.getBytes(4));
                    if (rowPrm.equals(prm)) {
                        combined = combined.combineFirst(points);
                        continue;
                    }
                    if (combined != null) {
                        checksum.add(combined.values());
                        prms++;
                    }
                    prm = rowPrm;
                    combined = points;
                }
                if (combined != null) {
                    checksum.add(combined.values());
                    prms++;
                }
            }
        }
        plain.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.combinedPoints(), "curve floor read");
        if (prms != workload.prmCount()) {
            throw new IllegalStateException("curve floor read combined " + prms + " prms, the workload has " + workload.prmCount());
        }
        return seconds;
    }

    long storedBytes() {
        return db.totalBytes(TABLE);
    }

    /** One row of the table, written. */
    private interface RowSink extends AutoCloseable {
        void write(long id, String prm, int version, Instant now, String dtype, byte[] data) throws SQLException, IOException;

        @Override
        void close() throws SQLException, IOException;
    }

    private RowSink copySink() throws SQLException {
        CopyRows copy = new CopyRows(plain, TABLE + " (" + COLUMNS + ")");
        return new RowSink() {
            @Override
            public void write(long id, String prm, int version, Instant now, String dtype, byte[] data) throws IOException {
                copy.row(8).int8(id).int4(CurveStoreWorkload.CLIENT_ID).text(prm).int4(version).timestamptz(now).timestamptz(now)
                        .text(dtype).bytes(data);
            }

            @Override
            public void close() throws IOException {
                copy.close();
            }
        };
    }

    private RowSink batchSink() throws SQLException {
        PreparedStatement insert = rewriting.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        return new RowSink() {
            private int pending;

            @Override
            public void write(long id, String prm, int version, Instant now, String dtype, byte[] data) throws SQLException {
                OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
                insert.setLong(1, id);
                insert.setInt(2, CurveStoreWorkload.CLIENT_ID);
                insert.setString(3, prm);
                insert.setInt(4, version);
                insert.setObject(5, stamp);
                insert.setObject(6, stamp);
                insert.setString(7, dtype);
                insert.setBytes(8, data);
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
