package io.holcstore.series;

/**
 * A series a caller writes to a store: dense and regular ({@link DenseSeries}), irregular with
 * zoned instants ({@link IrregularSeries}), or irregular with local date-times that the store
 * reads in its own zone ({@link LocalSeries}). Missing values are {@code NaN}.
 */
public sealed interface Series permits DenseSeries, IrregularSeries, LocalSeries {

    /** The number of points, missing ones included. */
    int size();
}
