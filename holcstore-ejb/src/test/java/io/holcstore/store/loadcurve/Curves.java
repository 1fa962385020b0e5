package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Series the load-curve tests write and expect. */
final class Curves {
    static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    private Curves() {
    }

    /** Values at {@code start}, {@code start + step}... */
    static DenseSeries dense(Instant start, Duration step, double... values) {
        return DenseSeries.of(start, step, values);
    }

    /** {@code count} copies of {@code value} every {@code step} from {@code start}. */
    static DenseSeries constant(Instant start, Duration step, int count, double value) {
        double[] values = new double[count];
        Arrays.fill(values, value);
        return DenseSeries.of(start, step, values);
    }

    /** The same points as an {@link IndexedSeries} in UTC, as a read of a UTC store gives them. */
    static IndexedSeries indexed(DenseSeries series) {
        return IndexedSeries.of(series, ZoneOffset.UTC);
    }
}
