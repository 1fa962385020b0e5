package io.holcstore.bench;

import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The floors of the load-curve store: its work done the fastest plain-JDBC way on a bare table of the same shape as
 * its table (id, client, prm, version, the two timestamps, dtype, data; the unique constraint on client, prm and
 * version). A write knows every version in advance (no lookup of the highest one) and includes making each curve's
 * {@link IndexedSeries} and encoding its blob, as {@code setManyLc} must; a read includes decoding every blob and
 * combining each prm's versions newest first ({@link BlobPoints}).
 */
final class CurveStoreFloor extends BlobStoreFloor<CurveStoreFloor.Row> {
    static final String TABLE = "holcstore_bench_curve_floor";
    private static final String COLUMNS = "id, client_id, prm, version, last_modified, created_at, dtype, data";
    /** Rows per batched INSERT and per read round trip: some 10 MB of blobs of a year at 30 minutes. */
    private static final int ROWS_PER_TRIP = 64;

    private final CurveStoreWorkload workload;
    private final int batchSize;

    /** One row of the table; {@code now} is both its timestamps. */
    record Row(long id, String prm, int version, Instant now, String dtype, byte[] data) {
    }

    /** @param batchSize prms generated at a time (as the store's calls get them), so that the heap holds one batch */
    CurveStoreFloor(Database db, CurveStoreWorkload workload, int batchSize) throws SQLException {
        super(db, TABLE, "id bigint PRIMARY KEY, client_id integer NOT NULL, prm varchar(70) NOT NULL,"
                + " version integer NOT NULL, last_modified timestamptz NOT NULL, created_at timestamptz NOT NULL,"
                + " dtype varchar(16) NOT NULL, data bytea NOT NULL,"
                + " CONSTRAINT " + TABLE + "_uniq UNIQUE (client_id, prm, version)", COLUMNS, ROWS_PER_TRIP);
        this.workload = workload;
        this.batchSize = batchSize;
    }

    /**
     * Writes every version of every prm into the emptied table: version 0 of every prm in one transaction, then
     * version 1, then 2, as the store's three passes do. Seconds, generation left out.
     */
    @Override
    double write(FloorFigures.WritePath path) throws SQLException, IOException {
        db.truncate(TABLE);
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        long id = 0;
        Stopwatch watch = Stopwatch.started();
        for (int version = 0; version < CurveStoreWorkload.VERSIONS; version++) {
            Instant now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toInstant();
            try (RowSink<Row> sink = sink(path)) {
                for (Map<String, DenseSeries> batch : watch.excluding(workload.batches(version, batchSize))) {
                    for (Map.Entry<String, DenseSeries> curve : batch.entrySet()) {
                        byte[] blob = encoding.encode(IndexedSeries.of(curve.getValue(), workload.zone()));
                        sink.write(new Row(++id, curve.getKey(), version, now, encoding.dtype(), blob));
                    }
                }
            }
            connection(path).commit();
        }
        return watch.seconds();
    }

    @Override
    long workloadRows() {
        return workload.rows();
    }

    /**
     * One plain SELECT of the client's rows ordered by prm, newest version first, each blob decoded, each prm's
     * versions combined, every combined value summed.
     */
    @Override
    double read(boolean binary) throws SQLException {
        Checksum checksum = new Checksum();
        CombinedPrms combined = new CombinedPrms(checksum);
        long start = System.nanoTime();
        select("SELECT prm, version, dtype, data FROM " + TABLE + " WHERE client_id = ? ORDER BY prm, version DESC", binary,
                select -> select.setInt(1, CurveStoreWorkload.CLIENT_ID), rs -> {
                    String prm = rs.getString(1);
                    rs.getInt(2);
                    rs.getString(3);
                    combined.add(prm, BlobPoints.decode(rs.getBytes(4)));
                });
        long prms = combined.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.combinedPoints(), "curve floor read");
        if (prms != workload.prmCount()) {
            throw new IllegalStateException("curve floor read combined " + prms + " prms, the workload has " + workload.prmCount());
        }
        return seconds;
    }

    /** Combines the rows of each prm (they come together, newest first) and sums each prm's combined values. */
    private static final class CombinedPrms {
        private final Checksum checksum;
        private String prm;
        private BlobPoints combined;
        private long prms;

        CombinedPrms(Checksum checksum) {
            this.checksum = checksum;
        }

        void add(String rowPrm, BlobPoints points) {
            if (rowPrm.equals(prm)) {
                combined = combined.combineFirst(points);
                return;
            }
            finishPrm();
            prm = rowPrm;
            combined = points;
        }

        /** Sums the last prm; the count of prms combined. */
        long finish() {
            finishPrm();
            combined = null;
            return prms;
        }

        private void finishPrm() {
            if (combined != null) {
                checksum.add(combined.values());
                prms++;
            }
        }
    }

    @Override
    void copyRow(CopyRows copy, Row row) throws IOException {
        copy.row(8).int8(row.id()).int4(CurveStoreWorkload.CLIENT_ID).text(row.prm()).int4(row.version())
                .timestamptz(row.now()).timestamptz(row.now()).text(row.dtype()).bytes(row.data());
    }

    @Override
    void bindRow(PreparedStatement insert, Row row) throws SQLException {
        OffsetDateTime stamp = row.now().atOffset(ZoneOffset.UTC);
        insert.setLong(1, row.id());
        insert.setInt(2, CurveStoreWorkload.CLIENT_ID);
        insert.setString(3, row.prm());
        insert.setInt(4, row.version());
        insert.setObject(5, stamp);
        insert.setObject(6, stamp);
        insert.setString(7, row.dtype());
        insert.setBytes(8, row.data());
    }
}
