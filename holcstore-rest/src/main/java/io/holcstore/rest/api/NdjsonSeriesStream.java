package io.holcstore.rest.api;

import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * Every series of a chunk store matching a filter as NDJSON, one {@link SeriesJsonWriter} object per line, read
 * through the store's {@code yieldManyTs} inside {@link #write}. Bounded memory, the store error line and the aborted
 * response are {@link NdjsonLines}'s, as for every NDJSON answer.
 */
public final class NdjsonSeriesStream implements StreamingOutput {
    public static final String MEDIA_TYPE = "application/x-ndjson";

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
        NdjsonLines.<KeyedSeries>write(output, lines -> store.yieldManyTs(filter, range.start(), range.end(), true, lines),
                (out, keyed) -> SeriesJsonWriter.write(out, keyed.key(), keyed.series(), zone), "series matching " + filter);
    }
}
