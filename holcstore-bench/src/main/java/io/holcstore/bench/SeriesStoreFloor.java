package io.holcstore.bench;

import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.KeyedSeries;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The floors of the store of whole series: its work done the fastest plain-JDBC way on a bare table of the same shape
 * as its table ({@code id}, the key columns, {@code dtype}, {@code data}, the unique constraint on the keys). A write
 * includes making each series' {@link IndexedSeries} and encoding its blob, as {@code setTs} must; a read includes
 * decoding every blob.
 */
final class SeriesStoreFloor extends BlobStoreFloor<SeriesStoreFloor.Row> {
    static final String TABLE = "holcstore_bench_series_floor";
    private static final String COLUMNS = "id, version, kind, dtype, data";
    /** Rows per batched INSERT and per read round trip: some 14 MB of blobs of 3 years at 15 minutes. */
    private static final int ROWS_PER_TRIP = 16;

    private final SeriesStoreWorkload workload;

    /** One row of the table. */
    record Row(long id, int version, String kind, String dtype, byte[] data) {
    }

    SeriesStoreFloor(Database db, SeriesStoreWorkload workload) throws SQLException {
        super(db, TABLE, "id bigint PRIMARY KEY, version integer NOT NULL, kind varchar(255) NOT NULL,"
                + " dtype varchar(16) NOT NULL, data bytea NOT NULL, CONSTRAINT " + TABLE + "_uniq UNIQUE (kind, version)",
                COLUMNS, ROWS_PER_TRIP);
        this.workload = workload;
    }

    /** Writes every series into the emptied table in one transaction; seconds, generation left out. */
    @Override
    double write(FloorFigures.WritePath path) throws SQLException, IOException {
        db.truncate(TABLE);
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        long id = 0;
        Stopwatch watch = Stopwatch.started();
        try (RowSink<Row> sink = sink(path)) {
            for (KeyedSeries keyed : watch.excluding(workload.all())) {
                byte[] blob = encoding.encode(IndexedSeries.of(keyed.series(), workload.zone()));
                sink.write(new Row(++id, (Integer) keyed.key().get("version"), (String) keyed.key().get("kind"), encoding.dtype(), blob));
            }
        }
        connection(path).commit();
        return watch.seconds();
    }

    @Override
    long workloadRows() {
        return workload.seriesCount();
    }

    /** One plain SELECT of every row, each blob decoded and its values summed. */
    @Override
    double read(boolean binary) throws SQLException {
        Checksum checksum = new Checksum();
        long start = System.nanoTime();
        select("SELECT " + COLUMNS + " FROM " + TABLE, binary, select -> { }, rs -> {
            rs.getLong(1);
            rs.getInt(2);
            rs.getString(3);
            rs.getString(4);
            checksum.add(BlobPoints.decode(rs.getBytes(5)).values());
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.totalPoints(), "series floor read");
        return seconds;
    }

    @Override
    void copyRow(CopyRows copy, Row row) throws IOException {
        copy.row(5).int8(row.id()).int4(row.version()).text(row.kind()).text(row.dtype()).bytes(row.data());
    }

    @Override
    void bindRow(PreparedStatement insert, Row row) throws SQLException {
        insert.setLong(1, row.id());
        insert.setInt(2, row.version());
        insert.setString(3, row.kind());
        insert.setString(4, row.dtype());
        insert.setBytes(5, row.data());
    }
}
