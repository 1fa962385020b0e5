package io.holcstore.rest.api;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.rest.error.HolcStoreErrors;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Load curves as NDJSON, one {@link LoadCurveJson} entry object per line, in bounded memory: the store's
 * {@code forEachLc} hands the entries over prm by prm and each is written and flushed as it comes. It runs inside
 * {@link #write}, while JAX-RS writes the response, because the store bean's call is one container transaction.
 *
 * <p>The status (200) is sent before the first curve is read: a store error after that ends the body with one line
 * {@code {"error": ..., "message": ...}} and aborts the response, so a client never takes a cut stream for a whole one.
 */
final class LoadCurveNdjsonStream implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(LoadCurveNdjsonStream.class.getName());

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
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        try {
            Consumer<LoadCurveEntry> line = entry -> {
                try {
                    LoadCurveJson.writeEntry(out, entry, zone);
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new OutputFailedException(e);
                } catch (JsonException e) {
                    throw new OutputFailedException(e.getCause() instanceof IOException io ? io : new IOException(e));
                }
            };
            if (prms.isEmpty()) {
                store.forEachLc(clientId, query, line);
            } else {
                store.forEachLc(prms, clientId, query, line);
            }
        } catch (OutputFailedException e) {
            throw e.io();
        } catch (HolcStoreException e) {
            LOG.log(Level.SEVERE, "streaming the load curves of client " + clientId + " failed after the response started", e);
            out.write(HolcStoreErrors.of(e).body().toString());
            out.write('\n');
            out.flush();
            throw new IOException("load-curve stream cut by a store error: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The client stopped reading; a HoLcStore exception so that it leaves the store bean as an application exception. */
    private static final class OutputFailedException extends HolcStoreException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super(ErrorKind.SERVER_ERROR, "writing the load-curve stream failed: " + cause.getMessage(), cause);
        }

        IOException io() {
            return (IOException) getCause();
        }
    }
}
