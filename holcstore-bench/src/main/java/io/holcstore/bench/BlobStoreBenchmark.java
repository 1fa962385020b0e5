package io.holcstore.bench;

import io.holcstore.bench.Options.Figure;

import java.sql.SQLException;

/**
 * The figure plumbing the benchmarks of the two blob stores ({@link CurveStoreBenchmark}, {@link SeriesStoreBenchmark})
 * share: {@code <prefix>_set_many}, {@code <prefix>_get_many}, {@code <prefix>_export_zip} and {@code stored_bytes},
 * each beside its plain-JDBC floor, the read floor measured once for both reads. Figures that read fill the tables
 * first (untimed) when they do not hold the workload, so they can run alone on tables an earlier run kept. A subclass
 * says how the store writes, reads and exports the workload.
 */
abstract class BlobStoreBenchmark implements WorkloadRun {
    protected final Database db;
    protected final Options options;
    protected final Report report;
    protected final String table;
    private final Timings timings;
    private final String label;
    private final String prefix;
    private final BlobStoreFloor<?> floor;
    /** The read floor, once measured: get_many and export_zip are compared with it. */
    private double readFloor = Double.NaN;

    /**
     * @param prefix the figures' prefix ({@code lc}, {@code ts})
     * @param table  the store's table
     */
    BlobStoreBenchmark(Database db, Timings timings, Options options, BenchWorkload workload, String prefix,
            BlobStoreFloor<?> floor, String table) {
        this.db = db;
        this.timings = timings;
        this.options = options;
        this.report = new Report(System.out, workload);
        this.label = workload.label();
        this.prefix = prefix;
        this.floor = floor;
        this.table = table;
    }

    /** Logs the workload's size and reports its counts. */
    abstract void describeWorkload();

    /** The rows the store's table holds once the workload is written. */
    abstract long workloadRows();

    /** Writes the whole workload into the emptied store; seconds, generation left out. */
    abstract double writeAll();

    /** Reads the whole workload through the store, checking what it read; seconds. */
    abstract double getMany();

    /** Reports {@code <prefix>_export_zip} against {@code readFloor}. */
    abstract void exportZip(double readFloor);

    /** Figures beyond the shared {@code stored_bytes} ones; {@code stored} is the store table's size. */
    void moreStoredBytes(long stored) {
    }

    @Override
    public final void run() throws Exception {
        describeWorkload();
        if (options.wants(Figure.SET_MANY)) {
            setMany();
        }
        boolean reads = options.wants(Figure.GET_MANY) || options.wants(Figure.EXPORT_ZIP) || options.wants(Figure.STORED_BYTES);
        if (reads) {
            if (db.rowCount(table) != workloadRows()) {
                writeAll();
            }
            floor.ensureFilled();
            db.settle(table);
            db.settle(floor.table);
        }
        if (options.wants(Figure.STORED_BYTES)) {
            storedBytes();
        }
        if (options.wants(Figure.GET_MANY)) {
            String name = prefix + "_get_many";
            report.secondsWithFloor(name, median(name, this::getMany), readFloor());
        }
        if (options.wants(Figure.EXPORT_ZIP)) {
            exportZip(readFloor());
        }
    }

    private void setMany() {
        String name = prefix + "_set_many";
        double store = median(name, this::writeAll);
        double copy = median(name + " floor (COPY binary)", () -> floor.write(FloorFigures.WritePath.COPY));
        double batch = median(name + " floor (batched INSERT, rewritten)", () -> floor.write(FloorFigures.WritePath.BATCH));
        report.seconds(name + ".floor_copy", copy);
        report.seconds(name + ".floor_batch", batch);
        report.secondsWithFloor(name, store, Math.min(copy, batch));
    }

    private void storedBytes() {
        long stored = db.totalBytes(table);
        long floorBytes = floor.storedBytes();
        report.count("stored_bytes", stored);
        report.count("stored_bytes.floor", floorBytes);
        report.ratio("stored_bytes.ratio_to_floor", (double) stored / floorBytes);
        moreStoredBytes(stored);
    }

    /** The faster of the binary and text read floors, measured once. */
    private double readFloor() {
        if (Double.isNaN(readFloor)) {
            readFloor = ReadFloor.measure(report, this::median, floor::read);
        }
        return readFloor;
    }

    /** The median of the run's timings, logged under the workload's label. */
    protected final double median(String what, Timings.TimedRun run) {
        return timings.median(label + " " + what, run);
    }

    @Override
    public void close() throws SQLException {
        floor.close();
    }
}
