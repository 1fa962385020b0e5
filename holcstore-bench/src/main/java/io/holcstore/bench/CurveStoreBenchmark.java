package io.holcstore.bench;

import io.holcstore.bench.Options.Figure;
import io.holcstore.mapping.LoadCurveMapping;
import io.holcstore.rest.export.LoadCurveStoreExport;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.jdbc.JpaLoadCurveStore;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveWrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The figures of the load-curve store ({@code JpaLoadCurveStore} over an EntityManager, in transactions, as its EJB
 * runs it) on a {@link CurveStoreWorkload}, each beside its plain-JDBC floor ({@link CurveStoreFloor}):
 * {@code lc_set_many}, {@code lc_get_many}, {@code lc_export_zip} and {@code stored_bytes}. Store calls take
 * {@code --curve-batch} prms each: a combined read of all 1 000 prms in one call would hold 280 MB of curves. Figures
 * that read fill the tables first (untimed) when they do not hold the workload.
 */
final class CurveStoreBenchmark implements WorkloadRun {
    private static final Logger LOG = Logger.getLogger(CurveStoreBenchmark.class.getName());
    private static final int CLIENT = CurveStoreWorkload.CLIENT_ID;

    private final Database db;
    private final Timings timings;
    private final Options options;
    private final CurveStoreWorkload workload;
    private final Report report;
    private final CurveStoreFloor floor;
    private final String table;
    /** The read floor, once measured: get_many and export_zip are compared with it. */
    private double readFloor = Double.NaN;

    CurveStoreBenchmark(Database db, Timings timings, Options options, CurveStoreWorkload workload) throws SQLException {
        this.db = db;
        this.timings = timings;
        this.options = options;
        this.workload = workload;
        this.report = new Report(System.out, workload);
        this.floor = new CurveStoreFloor(db, workload, options.curveBatch());
        this.table = db.inTransaction(em -> LoadCurveMapping.of(em, workload.entity()).table());
    }

    @Override
    public void run() throws Exception {
        LOG.info(() -> workload.label() + ": " + workload.prmCount() + " prms x " + CurveStoreWorkload.VERSIONS + " versions, "
                + workload.rows() + " rows, " + workload.combinedPoints() + " combined points");
        report.count("rows", workload.rows());
        report.count("combined_points", workload.combinedPoints());
        if (options.wants(Figure.SET_MANY)) {
            setMany();
        }
        boolean reads = options.wants(Figure.GET_MANY) || options.wants(Figure.EXPORT_ZIP) || options.wants(Figure.STORED_BYTES);
        if (reads) {
            if (db.rowCount(table) != workload.rows()) {
                writeAll();
            }
            floor.ensureFilled();
            db.settle(table);
            db.settle(CurveStoreFloor.TABLE);
        }
        if (options.wants(Figure.STORED_BYTES)) {
            storedBytes();
        }
        if (options.wants(Figure.GET_MANY)) {
            report.secondsWithFloor("lc_get_many", median("lc_get_many", this::getMany), readFloor());
        }
        if (options.wants(Figure.EXPORT_ZIP)) {
            exportZip();
        }
    }

    /** setManyLc with versioning of every prm, three times (versions 0, 1, 2), against the floor's known versions. */
    private void setMany() {
        double store = median("lc_set_many", this::writeAll);
        double copy = median("lc_set_many floor (COPY binary)", () -> floor.write(FloorFigures.WritePath.COPY));
        double batch = median("lc_set_many floor (batched INSERT, rewritten)", () -> floor.write(FloorFigures.WritePath.BATCH));
        report.seconds("lc_set_many.floor_copy", copy);
        report.seconds("lc_set_many.floor_batch", batch);
        report.secondsWithFloor("lc_set_many", store, Math.min(copy, batch));
    }

    /**
     * Into the emptied store: for each version, one transaction of setManyLc(new version) calls of {@code --curve-batch}
     * prms each; every prm must get the version of its pass. Seconds, generation left out.
     */
    private double writeAll() {
        db.truncate(table);
        Stopwatch watch = Stopwatch.started();
        for (int version = 0; version < CurveStoreWorkload.VERSIONS; version++) {
            int expected = version;
            inStore(store -> {
                for (Map<String, DenseSeries> batch : watch.excluding(workload.batches(expected, options.curveBatch()))) {
                    Map<String, Integer> written = store.setManyLc(batch, CLIENT, LoadCurveWrite.newVersion());
                    if (written.size() != batch.size() || written.values().stream().anyMatch(v -> v != expected)) {
                        throw new IllegalStateException("lc_set_many pass " + expected + " wrote versions " + written.values());
                    }
                }
                return null;
            });
        }
        return watch.seconds();
    }

    /** getManyLc combined of every prm, {@code --curve-batch} prms per call, one transaction per call; values summed. */
    private double getMany() {
        Checksum checksum = new Checksum();
        List<String> prms = workload.prms();
        long start = System.nanoTime();
        for (int from = 0; from < prms.size(); from += options.curveBatch()) {
            List<String> batch = prms.subList(from, Math.min(prms.size(), from + options.curveBatch()));
            Map<String, List<LoadCurveEntry>> curves = inStore(store -> store.getManyLc(batch, CLIENT));
            for (Map.Entry<String, List<LoadCurveEntry>> prm : curves.entrySet()) {
                if (prm.getValue().size() != 1) {
                    throw new IllegalStateException("lc_get_many: prm " + prm.getKey() + " read as " + prm.getValue().size() + " curves");
                }
                checksum.add(prm.getValue().get(0).series());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.combinedPoints(), "lc_get_many");
        return seconds;
    }

    /**
     * The zip of every prm's combined curve as the application exports it: {@link LoadCurveStoreExport#write} (one
     * forEachLc, key columns prm, clientId, version), in one transaction, against the read floor.
     */
    private void exportZip() {
        ZipExportFigure export = new ZipExportFigure(workload.prmCount());
        double seconds = median("lc_export_zip", () -> export.run(out -> inStore(store -> {
            try {
                return LoadCurveStoreExport.write(store, List.of(), CLIENT, LoadCurveQuery.combined(), store.zone(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        export.report(report, "lc_export_zip", seconds, readFloor());
    }

    private void storedBytes() {
        long stored = db.totalBytes(table);
        long floorBytes = floor.storedBytes();
        report.count("stored_bytes", stored);
        report.count("stored_bytes.floor", floorBytes);
        report.ratio("stored_bytes.ratio_to_floor", (double) stored / floorBytes);
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

    private <T> T inStore(Function<JpaLoadCurveStore, T> work) {
        return db.inTransaction(em -> work.apply(new JpaLoadCurveStore(em, workload.entity())));
    }

    private double median(String what, Timings.TimedRun run) {
        return timings.median(workload.label() + " " + what, run);
    }

    @Override
    public void close() throws SQLException {
        floor.close();
    }
}
