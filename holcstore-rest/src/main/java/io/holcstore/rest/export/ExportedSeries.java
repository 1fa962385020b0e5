package io.holcstore.rest.export;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.IrregularSeries;

import java.time.ZoneId;
import java.util.Map;

/**
 * One series as {@link SeriesZipExport} writes it: its key values, its points in the order written, and the zone its
 * instants are rendered in. Points are read by position, as primitives, so that writing a point allocates nothing.
 *
 * <p>A store plugs into the export with an adapter that wraps what the store reads, as
 * {@link ChunkStoreExport#of(io.holcstore.store.KeyedSeries, ZoneId)} does for the chunk store; {@link #of(Map,
 * DenseSeries, ZoneId)}, {@link #of(Map, IndexedSeries)} (what the stores of whole series read) and {@link #of(Map,
 * IrregularSeries, ZoneId)} cover the series types of the core.
 * Implementations must stay unchanged while the export writes them; the ones here are immutable.
 */
public interface ExportedSeries {

    /**
     * Key field name to value, one entry per key column of the export ({@link SeriesZipExport#to}); the values are
     * written as text in the summary ({@link java.time.LocalDate} and other {@code java.time} values as ISO-8601,
     * enums by name, anything else by {@code toString()}).
     */
    Map<String, ?> keys();

    /** The zone whose offset each instant is written with. */
    ZoneId zone();

    /** The number of points, missing ones included. */
    int size();

    /** The instant of point {@code i} (0 ≤ i < size), as seconds since 1970-01-01T00:00Z. */
    long epochSecondAt(int i);

    /** The nanoseconds past {@link #epochSecondAt(int)} of point {@code i}, 0 to 999,999,999. */
    int nanoAt(int i);

    /** The value of point {@code i}; NaN when missing. */
    double valueAt(int i);

    /**
     * A dense series with its keys, every point of it (inner NaN included), rendered in {@code zone}.
     *
     * @throws NullPointerException if an argument is null
     */
    static ExportedSeries of(Map<String, ?> keys, DenseSeries series, ZoneId zone) {
        return new DenseExportedSeries(keys, series, zone);
    }

    /**
     * A series with its own index (as the stores of whole series read them) with its keys, every point of it, rendered
     * in the series' zone.
     *
     * @throws NullPointerException if an argument is null
     */
    static ExportedSeries of(Map<String, ?> keys, IndexedSeries series) {
        return new IndexedExportedSeries(keys, series, series.zone());
    }

    /**
     * An irregular series with its keys, its points in the series' order, rendered in {@code zone}.
     *
     * @throws NullPointerException if an argument is null
     */
    static ExportedSeries of(Map<String, ?> keys, IrregularSeries series, ZoneId zone) {
        return new IrregularExportedSeries(keys, series, zone);
    }
}
