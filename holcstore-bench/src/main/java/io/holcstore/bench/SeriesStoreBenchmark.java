package io.holcstore.bench;

import io.holcstore.bench.Options.Figure;
import io.holcstore.mapping.TimeseriesRecordMapping;
import io.holcstore.rest.export.TimeseriesStoreExport;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The figures of the store of whole series ({@code JpaTimeseriesStore} over an EntityManager, in transactions, as its
 * EJB runs it) on a {@link SeriesStoreWorkload}, each beside its plain-JDBC floor ({@link SeriesStoreFloor}):
 * {@code ts_set_many}, {@code ts_get_many}, {@code ts_export_zip} and {@code stored_bytes}. Figures that read fill the
 * tables first (untimed) when they do not hold the workload, so they can run alone on tables an earlier run kept.
 */
final class SeriesStoreBenchmark implements WorkloadRun {
    private static final Logger LOG = Logger.getLogger(SeriesStoreBenchmark.class.getName());

    private final Database db;
    private final Timings timings;
    private final Options options;
    private final SeriesStoreWorkload workload;
    private final Report report;
    private final SeriesStoreFloor floor;
    private final String table;
    /** The read floor, once measured: get_many and export_zip are compared with it. */
    private double readFloor = Double.NaN;

    SeriesStoreBenchmark(Database db, Timings timings, Options options, SeriesStoreWorkload workload) throws SQLException {
        this.db = db;
        this.timings = timings;
        this.options = options;
        this.workload = workload;
        this.report = new Report(System.out, workload);
        this.floor = new SeriesStoreFloor(db, workload);
        this.table = db.inTransaction(em -> TimeseriesRecordMapping.of(em, workload.entity()).table());
    }

    @Override
    public void run() throws Exception {
        LOG.info(() -> workload.label() + ": " + workload.seriesCount() + " series of " + workload.pointsPerSeries() + " points, "
                + workload.totalPoints() + " points");
        report.count("points", workload.totalPoints());
        if (options.wants(Figure.SET_MANY)) {
            setMany();
        }
        boolean reads = options.wants(Figure.GET_MANY) || options.wants(Figure.EXPORT_ZIP) || options.wants(Figure.STORED_BYTES);
        if (reads) {
            if (db.rowCount(table) != workload.seriesCount()) {
                writeAll();
            }
            floor.ensureFilled();
            db.settle(table);
            db.settle(SeriesStoreFloor.TABLE);
        }
        if (options.wants(Figure.STORED_BYTES)) {
            storedBytes();
        }
        if (options.wants(Figure.GET_MANY)) {
            report.secondsWithFloor("ts_get_many", median("ts_get_many", this::getMany), readFloor());
        }
        if (options.wants(Figure.EXPORT_ZIP)) {
            exportZip();
        }
    }

    /** setTs(key, series, INSERT) of every series into the emptied store, ONE transaction; generation left out. */
    private void setMany() {
        double store = median("ts_set_many", this::writeAll);
        double copy = median("ts_set_many floor (COPY binary)", () -> floor.write(FloorFigures.WritePath.COPY));
        double batch = median("ts_set_many floor (batched INSERT, rewritten)", () -> floor.write(FloorFigures.WritePath.BATCH));
        report.seconds("ts_set_many.floor_copy", copy);
        report.seconds("ts_set_many.floor_batch", batch);
        report.secondsWithFloor("ts_set_many", store, Math.min(copy, batch));
    }

    private double writeAll() {
        db.truncate(table);
        Stopwatch watch = Stopwatch.started();
        inStore(store -> {
            for (KeyedSeries keyed : watch.excluding(workload.all())) {
                store.setTs(keyed.key(), keyed.series(), WriteMode.INSERT);
            }
            return null;
        });
        return watch.seconds();
    }

    /** forEachTs of every series in one transaction, every value summed. */
    private double getMany() {
        Checksum checksum = new Checksum();
        long start = System.nanoTime();
        long count = inStore(store -> store.forEachTs(SeriesKey.all(), entry -> checksum.add(entry.series())));
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.totalPoints(), "ts_get_many");
        if (count != workload.seriesCount()) {
            throw new IllegalStateException("ts_get_many read " + count + " series, the workload has " + workload.seriesCount());
        }
        return seconds;
    }

    /**
     * The zip of every series by {@link TimeseriesStoreExport} (one forEachTs, one transaction, rendered in the store
     * zone, as {@code GET {base}/export.zip} runs it), against the read floor.
     */
    private void exportZip() {
        ZipExportFigure export = new ZipExportFigure(workload.seriesCount());
        double seconds = median("ts_export_zip", () -> export.run(out -> inStore(store -> {
            try {
                return TimeseriesStoreExport.write(store, SeriesKey.all(), store.zone(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        export.report(report, "ts_export_zip", seconds, readFloor());
    }

    private void storedBytes() {
        long stored = db.totalBytes(table);
        long floorBytes = floor.storedBytes();
        report.count("stored_bytes", stored);
        report.count("stored_bytes.floor", floorBytes);
        report.ratio("stored_bytes.ratio_to_floor", (double) stored / floorBytes);
        report.ratio("bytes_per_point", (double) stored / workload.totalPoints());
    }

    /** The faster of the binary and text read floors, measured once. */
    private double readFloor() {
        if (Double.isNaN(readFloor)) {
            double binary = median("read floor (binary transfer)", () -> floor.read(true));
            double text = median("read floor (text transfer)", () -> floor.read(false));
            readFloor = Math.min(binary, text);
            report.seconds("read.floor_binary", binary);
            report.seconds("read.floor_text", text);
            report.seconds("read.floor", readFloor);
        }
        return readFloor;
    }

    private <T> T inStore(Function<JpaTimeseriesStore, T> work) {
        return db.inTransaction(em -> work.apply(new JpaTimeseriesStore(em, workload.entity())));
    }

    private double median(String what, Timings.TimedRun run) {
        return timings.median(workload.label() + " " + what, run);
    }

    @Override
    public void close() throws SQLException {
        floor.close();
    }
}
