package io.holcstore.series;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Visiting the points of a series held as a values array and instants computed by position ({@link DenseSeries}
 * from its start and step, {@link IndexedSeries} from its epoch milliseconds): one point type and one iteration order
 * for both. Stateless; what it hands out reads the arrays given, which the series never change.
 */
final class Points {
    private Points() {
    }

    /** Calls the consumer for every point, missing ones included, in position order. */
    static void forEach(double[] values, IntFunction<Instant> instantAt, PointConsumer consumer) {
        for (int i = 0; i < values.length; i++) {
            consumer.accept(instantAt.apply(i), values[i]);
        }
    }

    /** An iterator over every point, missing ones included, in position order; not thread-safe, as any iterator. */
    static Iterator<SeriesPoint> iterator(double[] values, IntFunction<Instant> instantAt) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < values.length;
            }

            @Override
            public SeriesPoint next() {
                if (next >= values.length) {
                    throw new NoSuchElementException();
                }
                SeriesPoint point = new SeriesPoint(instantAt.apply(next), values[next]);
                next++;
                return point;
            }
        };
    }
}
