package io.holcstore.bench;

import io.holcstore.rest.export.ExportTotals;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The {@code export_zip} figure of a store of whole series: every series exported as SPEC 3.4's zip of CSV files, in
 * one store read and one transaction, as the export endpoint streams it, to a stream that counts the zip's bytes and
 * drops them, so that no disk or network is timed. Not thread-safe.
 */
final class ZipExportFigure {
    /** One export of every series to {@code out}, in a transaction of its own. */
    @FunctionalInterface
    interface Export {
        ExportTotals write(OutputStream out) throws IOException;
    }

    private final long expectedSeries;
    private ExportTotals totals;
    private long zipBytes;

    /** @param expectedSeries how many series a run must export; fewer or more fails the run */
    ZipExportFigure(long expectedSeries) {
        this.expectedSeries = expectedSeries;
    }

    /** One export; returns its seconds. */
    double run(Export export) throws IOException {
        CountingOutputStream sink = new CountingOutputStream();
        long start = System.nanoTime();
        ExportTotals written = export.write(sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written.series() != expectedSeries) {
            throw new IllegalStateException("the export wrote " + written.series() + " series, the workload has " + expectedSeries);
        }
        totals = written;
        zipBytes = sink.count();
        return seconds;
    }

    /** Reports the last run's sizes and rate under {@code <figure>.…}, its seconds against {@code readFloor}. */
    void report(Report report, String figure, double seconds, double readFloor) {
        report.count(figure + ".csv_bytes", totals.csvBytes());
        report.count(figure + ".zip_bytes", zipBytes);
        report.decimal(figure + ".csv_mb_per_s", Timings.megabytesPerSecond(totals.csvBytes(), seconds));
        report.secondsWithFloor(figure, seconds, readFloor);
    }
}
