package io.holcstore.rest.export;

import io.holcstore.HolcStoreException;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The export of a {@link TimeseriesChunkStore}: the series its {@code yieldManyTs} streams, as a {@link SeriesZipExport}.
 * Key columns are the store's key fields, sorted by name; series come ordered by key, each with its leading and
 * trailing missing values trimmed and its inner ones kept. Stateless: any thread may call it, each export writing to
 * a stream of its own.
 */
public final class ChunkStoreExport {

    private ChunkStoreExport() {
    }

    /** One series the store streamed, rendered in {@code zone}. */
    public static ExportedSeries of(KeyedSeries keyed, ZoneId zone) {
        return ExportedSeries.of(keyed.key().fields(), keyed.series(), zone);
    }

    /**
     * Writes every series matching {@code filter} within {@code [start, end]} to {@code out} as a zip. It all happens
     * in one {@code yieldManyTs} call, so in one transaction of the store bean, holding one series at a time: call it
     * where the zip is sent (e.g. inside a JAX-RS {@code StreamingOutput}), not to build a zip for later.
     *
     * @param filter the key fields given (none: every series)
     * @param start  first instant (inclusive), or null: from the first stored value
     * @param end    last instant (inclusive), or null: up to the last stored value
     * @param zone   the zone to render instants in, usually the store's ({@code store.settings().zone()})
     * @return what was written; with no series, the zip holds only the summary's header
     * @throws io.holcstore.store.InvalidKeyException      naming a filter field the store lacks or a value of the
     *                                                     wrong type, before anything is written
     * @throws io.holcstore.store.InvalidWindowException if {@code start} is after {@code end}, before anything is written
     * @throws HolcStoreException                          for stored data the store cannot read; the zip is left unfinished
     * @throws IOException                                 if {@code out} fails; the zip is left unfinished
     */
    public static ExportTotals write(TimeseriesChunkStore store, SeriesKey filter, Instant start, Instant end, ZoneId zone,
                             OutputStream out) throws IOException {
        SeriesZipExport zip = SeriesZipExport.to(out, store.keyFields());
        try {
            store.yieldManyTs(filter, start, end, true, keyed -> StoreReadFailure.add(zip, of(keyed, zone)));
        } catch (StoreReadFailure e) {
            throw e.io();
        }
        return zip.finish();
    }
}
