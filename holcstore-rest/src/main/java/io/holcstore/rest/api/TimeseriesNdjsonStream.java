package io.holcstore.rest.api;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * Every series of a store of whole series matching a filter as NDJSON, one {@link TimeseriesJsonWriter} object per
 * line, read through the store's {@code forEachTs} inside {@link #write}. Bounded memory, the store error line and
 * the aborted response are {@link NdjsonLines}'s, as for every NDJSON answer.
 */
public final class TimeseriesNdjsonStream implements StreamingOutput {
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
        NdjsonLines.<TimeseriesEntry>write(output, lines -> store.forEachTs(filter, lines),
                (out, entry) -> TimeseriesJsonWriter.write(out, entry, zone), "series matching " + filter);
    }
}
