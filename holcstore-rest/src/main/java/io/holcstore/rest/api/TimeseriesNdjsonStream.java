package io.holcstore.rest.api;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.rest.error.HolcStoreErrors;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesStore;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every series of a store of whole series matching a filter as NDJSON, one {@link TimeseriesJsonWriter} object per
 * line, in bounded memory: the store's {@code forEachTs} hands the series over one at a time, each written and
 * flushed before the next is read, inside {@link #write} (the store bean's call is the transaction the rows are read
 * in). As {@link NdjsonSeriesStream}: a store error after the status was sent ends the body with one
 * {@code {"error": ..., "message": ...}} line and aborts the response, so a cut stream never looks complete.
 */
public final class TimeseriesNdjsonStream implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(TimeseriesNdjsonStream.class.getName());

    private final TimeseriesStore store;
    private final SeriesKey filter;
    private final ZoneId zone;

    /** @param zone the zone to render instants in */
    public TimeseriesNdjsonStream(TimeseriesStore store, SeriesKey filter, ZoneId zone) {
        this.store = store;
        this.filter = filter;
        this.zone = zone;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        long count;
        try {
            count = store.forEachTs(filter, entry -> {
                try {
                    TimeseriesJsonWriter.write(out, entry, zone);
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new OutputFailedException(e);
                } catch (JsonException e) {
                    throw new OutputFailedException(e.getCause() instanceof IOException io ? io : new IOException(e));
                }
            });
        } catch (OutputFailedException e) {
            throw e.io();
        } catch (HolcStoreException e) {
            LOG.log(Level.SEVERE, "streaming series " + filter + " failed after the response started", e);
            out.write(HolcStoreErrors.of(e).body().toString());
            out.write('\n');
            out.flush();
            throw new IOException("series stream cut by a store error: " + e.getMessage(), e);
        }
        out.flush();
        LOG.fine(() -> "streamed " + count + " series matching " + filter);
    }

    /**
     * The client stopped reading. A HoLcStore exception so that it leaves the store bean as it is (an application
     * exception), ending the read transaction without the container logging a system error.
     */
    private static final class OutputFailedException extends HolcStoreException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super(ErrorKind.SERVER_ERROR, "writing the series stream failed: " + cause.getMessage(), cause);
        }

        IOException io() {
            return (IOException) getCause();
        }
    }
}
