package io.holcstore.store;

import io.holcstore.series.IndexedSeries;

import java.util.Objects;

/**
 * One series of a {@link TimeseriesStore} with its key (every key field, values of the fields' types), as reads
 * hand them over.
 *
 * @param key    the series' key
 * @param series its points, rendered in the store zone
 */
public record TimeseriesEntry(SeriesKey key, IndexedSeries series) {
    public TimeseriesEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(series, "series");
    }
}
