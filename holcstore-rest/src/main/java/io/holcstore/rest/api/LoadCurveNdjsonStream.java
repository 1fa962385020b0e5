package io.holcstore.rest.api;

import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Load curves as NDJSON, one {@link LoadCurveJson} entry object per line, read prm by prm through the store's
 * {@code forEachLc} inside {@link #write}. Bounded memory, the store error line and the aborted response are
 * {@link NdjsonLines}'s, as for every NDJSON answer.
 */
final class LoadCurveNdjsonStream implements StreamingOutput {
    private final LoadCurveStore store;
    private final List<String> prms;
    private final int clientId;
    private final LoadCurveQuery query;
    private final ZoneId zone;

    /** @param prms the prms to read; empty for every prm of the client */
    LoadCurveNdjsonStream(LoadCurveStore store, List<String> prms, int clientId, LoadCurveQuery query, ZoneId zone) {
        this.store = store;
        this.prms = prms;
        this.clientId = clientId;
        this.query = query;
        this.zone = zone;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        NdjsonLines.<LoadCurveEntry>write(output, lines -> {
            if (prms.isEmpty()) {
                store.forEachLc(clientId, query, lines);
            } else {
                store.forEachLc(prms, clientId, query, lines);
            }
        }, (out, entry) -> LoadCurveJson.writeEntry(out, entry, zone), "the load curves of client " + clientId);
    }
}
