package io.holcstore.bench;

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
final class SeriesStoreBenchmark extends BlobStoreBenchmark {
    private static final Logger LOG = Logger.getLogger(SeriesStoreBenchmark.class.getName());

    private final SeriesStoreWorkload workload;

    SeriesStoreBenchmark(Database db, Timings timings, Options options, SeriesStoreWorkload workload) throws SQLException {
        super(db, timings, options, workload, "ts", new SeriesStoreFloor(db, workload),
                db.inTransaction(em -> TimeseriesRecordMapping.of(em, workload.entity()).table()));
        this.workload = workload;
    }

    @Override
    void describeWorkload() {
        LOG.info(() -> workload.label() + ": " + workload.seriesCount() + " series of " + workload.pointsPerSeries() + " points, "
                + workload.totalPoints() + " points");
        report.count("points", workload.totalPoints());
    }

    @Override
    long workloadRows() {
        return workload.seriesCount();
    }

    /** setTs(key, series, INSERT) of every series into the emptied store, ONE transaction; generation left out. */
    @Override
    double writeAll() {
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
    @Override
    double getMany() {
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
    @Override
    void exportZip(double readFloor) {
        ZipExportFigure export = new ZipExportFigure(workload.seriesCount());
        double seconds = median("ts_export_zip", () -> export.run(out -> inStore(store -> {
            try {
                return TimeseriesStoreExport.write(store, SeriesKey.all(), store.zone(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        export.report(report, "ts_export_zip", seconds, readFloor);
    }

    @Override
    void moreStoredBytes(long stored) {
        report.ratio("bytes_per_point", (double) stored / workload.totalPoints());
    }

    private <T> T inStore(Function<JpaTimeseriesStore, T> work) {
        return db.inTransaction(em -> work.apply(new JpaTimeseriesStore(em, workload.entity())));
    }
}
