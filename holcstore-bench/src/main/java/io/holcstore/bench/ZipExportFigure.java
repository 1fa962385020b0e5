package io.holcstore.bench;

import io.holcstore.rest.export.ExportTotals;
import io.holcstore.rest.export.ExportedSeries;
import io.holcstore.rest.export.SeriesZipExport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code export_zip} figure of a store of whole series: every series the store walks, written by
 * {@link SeriesZipExport} (SPEC 3.4's zip of CSV files, as the export endpoint streams it) to a stream that counts the
 * zip's bytes and drops them, so that no disk or network is timed. Not thread-safe.
 */
final class ZipExportFigure {
    /** A store's walk over every series, in one transaction, handing each to the consumer as it is read. */
    @FunctionalInterface
    interface SeriesWalk {
        void forEach(Consumer<ExportedSeries> each);
    }

    private final List<String> keyColumns;
    private final long expectedSeries;
    private ExportTotals totals;
    private long zipBytes;

    /**
     * @param keyColumns     the summary's key columns
     * @param expectedSeries how many series a run must export; fewer or more fails the run
     */
    ZipExportFigure(List<String> keyColumns, long expectedSeries) {
        this.keyColumns = List.copyOf(keyColumns);
        this.expectedSeries = expectedSeries;
    }

    /** One export of everything the walk hands over; returns its seconds. */
    double run(SeriesWalk walk) throws IOException {
        CountingOutputStream sink = new CountingOutputStream();
        long start = System.nanoTime();
        SeriesZipExport zip = SeriesZipExport.to(sink, keyColumns);
        walk.forEach(series -> {
            try {
                zip.add(series);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ExportTotals written = zip.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written.series() != expectedSeries) {
            throw new IllegalStateException("the export wrote " + written.series() + " series, the workload has " + expectedSeries);
        }
        totals = written;
        zipBytes = sink.count();
        return seconds;
    }

    /** The CSV bytes (before compression) of the last run. */
    long csvBytes() {
        return totals.csvBytes();
    }

    /** The zip bytes of the last run. */
    long zipBytes() {
        return zipBytes;
    }

    /** Reports the last run's sizes and rate under {@code <figure>.…}, its seconds against {@code readFloor}. */
    void report(Report report, String figure, double seconds, double readFloor) {
        report.count(figure + ".csv_bytes", csvBytes());
        report.count(figure + ".zip_bytes", zipBytes());
        report.decimal(figure + ".csv_mb_per_s", Timings.megabytesPerSecond(csvBytes(), seconds));
        report.secondsWithFloor(figure, seconds, readFloor);
    }
}
