package io.holcstore.bench;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.Lz4FrameDecoder;
import io.holcstore.grid.GridChunks;
import io.holcstore.grid.StoreGrid;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The floors: the same work as the store figures done the fastest plain-JDBC way, on a {@link FloorTable}.
 * A write floor includes cutting series into chunks and LZ4-encoding them, as setManyTs must; a read
 * floor includes decoding every blob, as a read must.
 */
public final class FloorFigures implements AutoCloseable {
    /** How a floor write reaches the table. */
    public enum WritePath { COPY, BATCH }

    private static final String REWRITE_BATCHES = "reWriteBatchedInserts=true";

    private final Database db;
    private final Workload workload;
    private final SeriesGenerator generator;
    private final FloorTable table;
    private final FloorTable copyTarget;
    /** Open for the whole workload, so that every timed run finds them ready (and CpuMeter sees their backends). */
    private final Connection plain;
    private final Connection rewriting;
    private final Connection copyTo;

    public FloorFigures(Database db, Workload workload, SeriesGenerator generator, FloorTable table, FloorTable copyTarget)
            throws SQLException {
        this.db = db;
        this.workload = workload;
        this.generator = generator;
        this.table = table;
        this.copyTarget = copyTarget;
        // Not autocommit: reads are cursors (not the whole table in memory), writes one transaction.
        this.plain = transactional(db.connect(""));
        this.rewriting = transactional(db.connect(REWRITE_BATCHES));
        this.copyTo = transactional(db.connect(""));
    }

    private static Connection transactional(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        return connection;
    }

    /** Writes every series into the emptied floor table in one transaction; seconds, generation left out. */
    public double write(WritePath path) throws SQLException, IOException {
        db.truncate(table.name());
        StoreGrid grid = workload.grid();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = 0;
        Connection connection = path == WritePath.COPY ? plain : rewriting;
        Stopwatch watch = Stopwatch.started();
        try (FloorTable.RowSink sink = path == WritePath.COPY ? table.copySink(connection) : table.batchSink(connection)) {
            for (KeyedSeries keyed : watch.excluding(generator.all())) {
                SeriesKey key = keyed.key();
                int version = (Integer) key.get("version");
                String kind = (String) key.get("kind");
                for (Map.Entry<Integer, double[]> chunk : GridChunks.split(keyed.series(), grid).entrySet()) {
                    sink.write(new FloorRow(++id, version, kind, chunk.getKey(), grid.chunkStart(chunk.getKey()),
                            ChunkEncoding.FLOAT64.dtype(), now, false, ChunkEncoding.FLOAT64.encode(chunk.getValue())));
                }
            }
        }
        connection.commit();
        return watch.seconds();
    }

    /** Fills the floor table (untimed) unless it already holds exactly the workload's chunks. */
    public void ensureFilled() throws SQLException, IOException {
        if (db.rowCount(table.name()) != workload.totalChunks()) {
            write(WritePath.COPY);
        }
    }

    /**
     * One plain SELECT of every row, each blob decoded and consumed. {@code binary}: bytea arrives raw;
     * otherwise as hex text, which is what pgjdbc asks for until a statement has run prepareThreshold (5)
     * times on a connection.
     */
    public double read(boolean binary) throws SQLException, IOException {
        Checksum checksum = new Checksum();
        long start = System.nanoTime();
        table.read(plain, binary, row -> checksum.add(Lz4FrameDecoder.decodeFloat64(row.data())));
        plain.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.totalPoints(), "floor read");
        return seconds;
    }

    /**
     * The replication floor: every row, blob untouched, streamed from the floor table into an emptied
     * second one (binary SELECT into binary COPY), committed. Returns seconds.
     */
    public double copyTable() throws SQLException, IOException {
        db.truncate(copyTarget.name());
        long start = System.nanoTime();
        try (FloorTable.RowSink sink = copyTarget.copySink(copyTo)) {
            table.read(plain, true, sink::write);
        }
        copyTo.commit();
        plain.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The same copy done by the server alone, {@code INSERT ... SELECT} from the floor table into the
     * emptied second one, committed. No row leaves the server, which replication between two servers
     * cannot do: reported beside the floor as the bound of this database, not as a floor. Returns seconds.
     */
    public double copyTableOnServer() throws SQLException {
        db.truncate(copyTarget.name());
        long start = System.nanoTime();
        try (Statement insert = copyTo.createStatement()) {
            insert.executeUpdate("INSERT INTO " + copyTarget.name() + " SELECT * FROM " + table.name());
        }
        copyTo.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    public String tableName() {
        return table.name();
    }

    public long storedBytes() {
        return db.totalBytes(table.name());
    }

    @Override
    public void close() throws SQLException {
        try (plain; rewriting; copyTo) {
            // closes all three
        }
    }
}
