package io.holcstore.rest.export;

import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveFields;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export of a {@link LoadCurveStore}: the curves its {@code forEachLc} hands over, as a {@link SeriesZipExport}.
 * Key columns are {@code prm}, {@code clientId}, {@code version}, then the store's attribute fields sorted by name;
 * curves come prm by prm in prm order, each as the query reads it (combined by default, every stored version with
 * {@code LoadCurveQuery.versions()}). Stateless: any thread may call it, each export writing to a stream of its own.
 */
public final class LoadCurveStoreExport {

    private LoadCurveStoreExport() {
    }

    /** The key columns of a store's export. */
    public static List<String> keyColumns(LoadCurveStore store) {
        List<String> columns = new ArrayList<>(List.of(LoadCurveFields.PRM, LoadCurveFields.CLIENT_ID, LoadCurveFields.VERSION));
        columns.addAll(store.attributeFields());
        return columns;
    }

    /** One curve of the store, rendered in {@code zone}. */
    public static ExportedSeries of(LoadCurveEntry entry, ZoneId zone) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put(LoadCurveFields.PRM, entry.prm());
        keys.put(LoadCurveFields.CLIENT_ID, entry.clientId());
        keys.put(LoadCurveFields.VERSION, entry.version());
        keys.putAll(entry.attributes().fields());
        return ExportedSeries.of(keys, entry.series().withZone(zone));
    }

    /**
     * Writes the curves of {@code prms} (every prm of the client when empty) to {@code out} as a zip. It all happens in
     * one {@code forEachLc} call, so in one transaction of the store bean, holding one prm's curves at a time: call it
     * where the zip is sent (e.g. inside a JAX-RS {@code StreamingOutput}), not to build a zip for later.
     *
     * @param query how each prm is read ({@code LoadCurveQuery.combined()}: one curve per prm and combinedBy group)
     * @param zone  the zone to render instants in, usually the store's ({@code store.zone()})
     * @return what was written; with no curve, the zip holds only the summary's header
     * @throws io.holcstore.store.InvalidKeyException naming an unknown field of the query, before anything is written
     * @throws io.holcstore.HolcStoreException        for stored data the store cannot read; the zip is left unfinished
     * @throws IOException                            if {@code out} fails; the zip is left unfinished
     */
    public static ExportTotals write(LoadCurveStore store, Collection<String> prms, int clientId, LoadCurveQuery query,
                                     ZoneId zone, OutputStream out) throws IOException {
        LoadCurveQuery checked = store.checkQuery(query);
        SeriesZipExport zip = SeriesZipExport.to(out, keyColumns(store));
        try {
            if (prms.isEmpty()) {
                store.forEachLc(clientId, checked, entry -> StoreReadFailure.add(zip, of(entry, zone)));
            } else {
                store.forEachLc(prms, clientId, checked, entry -> StoreReadFailure.add(zip, of(entry, zone)));
            }
        } catch (StoreReadFailure e) {
            throw e.io();
        }
        return zip.finish();
    }
}
