package io.holcstore.rest.export;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * The export of a {@link TimeseriesStore}: the series its {@code forEachTs} hands over, as a {@link SeriesZipExport}.
 * Key columns are the store's key fields, sorted by name; series come ordered by key, each with every point it holds,
 * at its own instants. Stateless: any thread may call it, each export writing to a stream of its own.
 */
public final class TimeseriesStoreExport {

    private TimeseriesStoreExport() {
    }

    /** One series of the store, rendered in {@code zone}. */
    public static ExportedSeries of(TimeseriesEntry entry, ZoneId zone) {
        return ExportedSeries.of(entry.key().fields(), entry.series().withZone(zone));
    }

    /**
     * Writes every series matching {@code filter} to {@code out} as a zip. It all happens in one {@code forEachTs}
     * call, so in one transaction of the store bean, holding one series at a time: call it where the zip is sent (e.g.
     * inside a JAX-RS {@code StreamingOutput}), not to build a zip for later.
     *
     * @param filter the key fields given (none: every series)
     * @param zone   the zone to render instants in, usually the store's ({@code store.zone()})
     * @return what was written; with no series, the zip holds only the summary's header
     * @throws io.holcstore.store.InvalidKeyException naming a filter field the store lacks or a value of the wrong
     *                                                type, before anything is written
     * @throws io.holcstore.HolcStoreException        for stored data the store cannot read; the zip is left unfinished
     * @throws IOException                            if {@code out} fails; the zip is left unfinished
     */
    public static ExportTotals write(TimeseriesStore store, SeriesKey filter, ZoneId zone, OutputStream out)
            throws IOException {
        SeriesZipExport zip = SeriesZipExport.to(out, store.keyFields());
        try {
            store.forEachTs(filter, entry -> StoreReadFailure.add(zip, of(entry, zone)));
        } catch (StoreReadFailure e) {
            throw e.io();
        }
        return zip.finish();
    }
}
