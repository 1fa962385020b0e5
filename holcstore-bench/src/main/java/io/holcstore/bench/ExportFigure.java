package io.holcstore.bench;

import io.holcstore.rest.export.ChunkStoreExport;
import io.holcstore.rest.export.ExportTotals;
import io.holcstore.store.SeriesKey;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code export_zip}: every series of the workload's store exported as the zip of SPEC 3.4 by
 * {@link ChunkStoreExport} (one {@code yieldManyTs}, one transaction, as the HTTP endpoint runs it), rendered in the
 * store zone, to a stream that counts the zip's bytes and drops them, so that no disk or network is timed.
 */
public final class ExportFigure {
    private final Database db;
    private final Workload workload;
    private ExportTotals totals;
    private long zipBytes;

    public ExportFigure(Database db, Workload workload) {
        this.db = db;
        this.workload = workload;
    }

    /** One export of everything; returns its seconds. */
    public double run() {
        CountingOutputStream sink = new CountingOutputStream();
        long start = System.nanoTime();
        ExportTotals written = db.inTransaction(workload.store(), store -> {
            try {
                return ChunkStoreExport.write(store, SeriesKey.all(), null, null, workload.zone(), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written.series() != workload.seriesCount()) {
            throw new IllegalStateException("export_zip wrote " + written.series() + " series, the workload has "
                    + workload.seriesCount());
        }
        totals = written;
        zipBytes = sink.count();
        return seconds;
    }

    /** The CSV bytes (before compression) of the last run. */
    public long csvBytes() {
        return totals.csvBytes();
    }

    /** The zip bytes of the last run. */
    public long zipBytes() {
        return zipBytes;
    }
}
