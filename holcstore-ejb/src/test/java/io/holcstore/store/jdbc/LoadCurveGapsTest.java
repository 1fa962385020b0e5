package io.holcstore.store.jdbc;

import io.holcstore.series.IndexedSeries;
import io.holcstore.store.loadcurve.TimeRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The searches for missing data on series built here, without a database. */
class LoadCurveGapsTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }

    private static TimeRange hours(int first, int last) {
        return new TimeRange(at(first), at(last));
    }

    private static IndexedSeries series(double[] values, int... hours) {
        long[] millis = new long[hours.length];
        for (int i = 0; i < hours.length; i++) {
            millis[i] = at(hours[i]).toEpochMilli();
        }
        return IndexedSeries.adopting(millis, values, ZoneOffset.UTC);
    }

    @Test
    void mergingKeepsTheLaterEndWhenOneRangeContainsTheNext() {
        assertEquals(List.of(hours(0, 10)), LoadCurveGaps.merge(List.of(hours(2, 3), hours(0, 10))));
        assertEquals(List.of(hours(0, 5), hours(7, 8)), LoadCurveGaps.merge(List.of(hours(3, 5), hours(7, 8), hours(0, 3))),
                "touching ranges merge, separate ones stay apart");
    }

    @Test
    void pointsBetweenGridInstantsDoNotFillTheGrid() {
        IndexedSeries offGrid = IndexedSeries.adopting(new long[]{T0.toEpochMilli(), T0.plusSeconds(1800).toEpochMilli(),
                at(2).toEpochMilli()}, new double[]{1, 2, 3}, ZoneOffset.UTC);
        assertEquals(List.of(hours(1, 1)), LoadCurveGaps.holes(offGrid, T0, at(2), HOUR, Duration.ZERO));
    }

    @Test
    void holesAtBothEndsAndInsideWidenedByTheMargin() {
        IndexedSeries curve = series(new double[]{1, Double.NaN, 1}, 2, 3, 4);
        Duration margin = Duration.ofMinutes(30);
        assertEquals(List.of(hours(0, 1).widen(margin), hours(3, 3).widen(margin), hours(5, 6).widen(margin)),
                LoadCurveGaps.holes(curve, T0, at(6), HOUR, margin));
        assertEquals(List.of(hours(0, 6)), LoadCurveGaps.holes(IndexedSeries.empty(ZoneOffset.UTC), T0, at(6), HOUR, margin),
                "nothing stored: the whole range, unwidened");
    }

    @Test
    void missingPartsShorterThanFreqAreNotReported() {
        IndexedSeries curve = series(new double[]{1, 1}, 0, 5);
        assertEquals(List.of(), LoadCurveGaps.missing(curve.slice(at(0), at(5)), hours(0, 5), HOUR));
        assertEquals(List.of(hours(5, 8)), LoadCurveGaps.missing(curve.slice(at(0), at(8)), hours(0, 8), HOUR));
        assertEquals(List.of(hours(0, 8)), LoadCurveGaps.missing(series(new double[]{Double.NaN}, 3), hours(0, 8), HOUR),
                "no value in the range: all of it");
    }
}
