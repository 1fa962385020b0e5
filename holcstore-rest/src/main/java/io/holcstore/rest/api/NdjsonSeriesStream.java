package io.holcstore.rest.api;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.rest.error.HolcStoreErrors;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
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
 * Every series matching a filter as NDJSON, one {@link SeriesJsonWriter} object per line, in bounded memory: the
 * store's {@code yieldManyTs} hands the series over one at a time and each is written and flushed before the next
 * is read. It runs inside {@link #write}, while JAX-RS writes the response, because the store bean's call is one
 * container transaction that ends when the call returns: a stream returned from it could not be read later.
 *
 * <p>The status (200) is sent before the first series is read. A store error after that cannot change it, so it
 * ends the body with one line {@code {"error": ..., "message": ...}} and the response is then aborted: a client
 * never mistakes a cut stream for a complete one.
 */
public final class NdjsonSeriesStream implements StreamingOutput {
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private static final Logger LOG = Logger.getLogger(NdjsonSeriesStream.class.getName());

    private final TimeseriesChunkStore store;
    private final SeriesKey filter;
    private final ReadRange range;
    private final ZoneId zone;

    /** @param zone the zone to render instants in */
    public NdjsonSeriesStream(TimeseriesChunkStore store, SeriesKey filter, ReadRange range, ZoneId zone) {
        this.store = store;
        this.filter = filter;
        this.range = range;
        this.zone = zone;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        long count;
        try {
            count = store.yieldManyTs(filter, range.start(), range.end(), true, keyed -> {
                try {
                    SeriesJsonWriter.write(out, keyed.key(), keyed.series(), zone);
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
