package io.holcstore.store;

import io.holcstore.series.DenseSeries;

/** One stored series with its key, as {@code yieldManyTs} streams them. */
public record KeyedSeries(SeriesKey key, DenseSeries series) {
}
