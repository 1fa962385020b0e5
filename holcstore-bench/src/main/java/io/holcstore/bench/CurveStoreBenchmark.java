package io.holcstore.bench;

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
final class CurveStoreBenchmark extends BlobStoreBenchmark {
    private static final Logger LOG = Logger.getLogger(CurveStoreBenchmark.class.getName());
    private static final int CLIENT = CurveStoreWorkload.CLIENT_ID;

    private final CurveStoreWorkload workload;

    CurveStoreBenchmark(Database db, Timings timings, Options options, CurveStoreWorkload workload) throws SQLException {
        super(db, timings, options, workload, "lc", new CurveStoreFloor(db, workload, options.curveBatch()),
                db.inTransaction(em -> LoadCurveMapping.of(em, workload.entity()).table()));
        this.workload = workload;
    }

    @Override
    void describeWorkload() {
        LOG.info(() -> workload.label() + ": " + workload.prmCount() + " prms x " + CurveStoreWorkload.VERSIONS + " versions, "
                + workload.rows() + " rows, " + workload.combinedPoints() + " combined points");
        report.count("rows", workload.rows());
        report.count("combined_points", workload.combinedPoints());
    }

    @Override
    long workloadRows() {
        return workload.rows();
    }

    /**
     * Into the emptied store: for each version, one transaction of setManyLc(new version) calls of {@code --curve-batch}
     * prms each; every prm must get the version of its pass. Seconds, generation left out.
     */
    @Override
    double writeAll() {
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
    @Override
    double getMany() {
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
    @Override
    void exportZip(double readFloor) {
        ZipExportFigure export = new ZipExportFigure(workload.prmCount());
        double seconds = median("lc_export_zip", () -> export.run(out -> inStore(store -> {
            try {
                return LoadCurveStoreExport.write(store, List.of(), CLIENT, LoadCurveQuery.combined(), store.zone(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        export.report(report, "lc_export_zip", seconds, readFloor);
    }

    private <T> T inStore(Function<JpaLoadCurveStore, T> work) {
        return db.inTransaction(em -> work.apply(new JpaLoadCurveStore(em, workload.entity())));
    }
}
