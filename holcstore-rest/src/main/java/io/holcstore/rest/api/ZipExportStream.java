package io.holcstore.rest.api;

import io.holcstore.HolcStoreException;
import io.holcstore.rest.export.ChunkStoreExport;
import io.holcstore.rest.export.ExportTotals;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The export zip of every series matching a filter ({@link ChunkStoreExport}), written while JAX-RS sends the
 * response, in bounded memory: the store bean's {@code yieldManyTs} is one container transaction that ends when the
 * call returns, so the series are read and zipped inside it, one at a time.
 *
 * <p>The status (200) is sent before the first series is read. A store error after that cannot change it: the zip is
 * left without its central directory and the response is aborted, so a client never takes a cut export for a
 * complete one.
 */
public final class ZipExportStream implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(ZipExportStream.class.getName());

    private final TimeseriesChunkStore store;
    private final SeriesKey filter;
    private final ReadRange range;
    private final ZoneId zone;

    /**
     * @param filter a filter the store accepts ({@link TimeseriesChunkStore#checkFilter}, checked before the
     *               response starts, so that a bad one is a 400)
     * @param zone   the zone to render instants in
     */
    public ZipExportStream(TimeseriesChunkStore store, SeriesKey filter, ReadRange range, ZoneId zone) {
        this.store = store;
        this.filter = filter;
        this.range = range;
        this.zone = zone;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        ExportTotals totals;
        try {
            totals = ChunkStoreExport.write(store, filter, range.start(), range.end(), zone, output);
        } catch (HolcStoreException e) {
            LOG.log(Level.SEVERE, "exporting series " + filter + " failed after the response started", e);
            throw new IOException("export cut by a store error: " + e.getMessage(), e);
        }
        LOG.fine(() -> "exported " + totals.series() + " series matching " + filter + ", " + totals.csvBytes() + " bytes of CSV");
    }
}
