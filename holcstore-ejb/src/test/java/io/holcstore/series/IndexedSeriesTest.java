package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexedSeriesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant T0 = Instant.parse("2024-03-31T00:00:00Z");

    private static IndexedSeries series(long[] minutes, double... values) {
        long[] millis = new long[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            millis[i] = T0.toEpochMilli() + minutes[i] * 60_000;
        }
        return IndexedSeries.adopting(millis, values, UTC);
    }

    @Test
    void indexesADenseSeriesPointForPoint() {
        DenseSeries dense = DenseSeries.of(T0, Duration.ofMinutes(30), 1, Double.NaN, 3);
        IndexedSeries indexed = IndexedSeries.of(dense, PARIS);

        assertEquals(3, indexed.size());
        assertEquals(T0.plus(Duration.ofHours(1)), indexed.instantAt(2));
        assertTrue(Double.isNaN(indexed.valueAt(1)));
        assertEquals(PARIS, indexed.zone());
    }

    @Test
    void sortsAnIrregularSeriesAndKeepsEachValueWithItsInstant() {
        IrregularSeries irregular = IrregularSeries.of(
                new Instant[]{T0.plusSeconds(600), T0, T0.plusSeconds(7)}, new double[]{3, 1, 2});

        IndexedSeries indexed = IndexedSeries.of(irregular, UTC);

        assertArrayEquals(new long[]{T0.toEpochMilli(), T0.toEpochMilli() + 7_000, T0.toEpochMilli() + 600_000},
                indexed.epochMillis());
        assertArrayEquals(new double[]{1, 2, 3}, indexed.values());
    }

    @Test
    void readsLocalDateTimesInTheGivenZone() {
        LocalSeries local = LocalSeries.of(new LocalDateTime[]{LocalDateTime.parse("2024-01-01T00:00")}, new double[]{5});

        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), IndexedSeries.of(local, PARIS).instantAt(0));
    }

    @Test
    void aLocalTimeInTheSpringGapIsAnError() {
        LocalSeries local = LocalSeries.of(new LocalDateTime[]{LocalDateTime.parse("2024-03-31T02:30")}, new double[]{5});

        assertThrows(InvalidLocalTimeException.class, () -> IndexedSeries.of(local, PARIS));
    }

    @Test
    void anInstantGivenTwiceIsNamed() {
        IrregularSeries irregular = IrregularSeries.of(new Instant[]{T0.plusSeconds(60), T0, T0.plusSeconds(60)},
                new double[]{1, 2, 3});

        DuplicateTimestampException e = assertThrows(DuplicateTimestampException.class, () -> IndexedSeries.of(irregular, UTC));
        assertEquals(T0.plusSeconds(60), e.timestamp());
    }

    @Test
    void aFractionOfAMillisecondIsRefusedNotRounded() {
        Instant fine = T0.plusNanos(1_500_000);
        IrregularSeries irregular = IrregularSeries.of(new Instant[]{T0, fine}, new double[]{1, 2});

        UnstorableInstantException e = assertThrows(UnstorableInstantException.class, () -> IndexedSeries.of(irregular, UTC));
        assertEquals(fine, e.instant());
        assertThrows(UnstorableInstantException.class,
                () -> IndexedSeries.of(DenseSeries.of(T0, Duration.ofNanos(1_500_000), 1, 2), UTC));
    }

    @Test
    void instantsOutsideYearsOneTo9999AreRefused() {
        for (Instant far : new Instant[]{Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("0000-12-31T23:59:59Z")}) {
            IrregularSeries irregular = IrregularSeries.of(new Instant[]{far}, new double[]{1});
            assertThrows(UnstorableInstantException.class, () -> IndexedSeries.of(irregular, UTC), far.toString());
        }
        IrregularSeries edges = IrregularSeries.of(new Instant[]{Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999Z")}, new double[]{1, 2});
        assertEquals(2, IndexedSeries.of(edges, UTC).size());
    }

    @Test
    void adoptingRefusesInstantsThatDoNotIncrease() {
        assertThrows(IllegalArgumentException.class, () -> IndexedSeries.adopting(new long[]{2, 1}, new double[]{1, 2}, UTC));
        assertThrows(IllegalArgumentException.class, () -> IndexedSeries.adopting(new long[]{1, 1}, new double[]{1, 2}, UTC));
        assertThrows(IllegalArgumentException.class, () -> IndexedSeries.adopting(new long[]{1}, new double[]{1, 2}, UTC));
    }

    @Test
    void sliceKeepsBothBoundsAndTakesOpenSides() {
        IndexedSeries s = series(new long[]{0, 10, 20, 30}, 0, 1, 2, 3);

        assertArrayEquals(new double[]{1, 2}, s.slice(T0.plusSeconds(600), T0.plusSeconds(1200)).values());
        assertArrayEquals(new double[]{1, 2}, s.slice(T0.plusSeconds(1), T0.plusSeconds(1799)).values());
        assertArrayEquals(new double[]{2, 3}, s.slice(T0.plusSeconds(1200), null).values());
        assertArrayEquals(new double[]{0}, s.slice(null, T0.plusNanos(1)).values());
        assertTrue(s.slice(T0.plusSeconds(1201), T0.plusSeconds(1202)).isEmpty());
        assertTrue(s.slice(T0.plusSeconds(1800), T0).isEmpty());
        assertSame(s, s.slice(Instant.MIN, Instant.MAX));
    }

    @Test
    void combineFirstTakesThisValueWhereItHasOneOverTheUnionOfInstants() {
        IndexedSeries newer = series(new long[]{10, 20, 40}, 1, Double.NaN, 4);
        IndexedSeries older = series(new long[]{0, 20, 30, 40}, 10, 20, 30, 40);

        IndexedSeries combined = newer.combineFirst(older);

        assertArrayEquals(series(new long[]{0, 10, 20, 30, 40}, 0, 0, 0, 0, 0).epochMillis(), combined.epochMillis());
        assertArrayEquals(new double[]{10, 1, 20, 30, 4}, combined.values());
        assertSame(newer, newer.combineFirst(IndexedSeries.empty(UTC)));
        assertEquals(older.withZone(PARIS), IndexedSeries.empty(PARIS).combineFirst(older));
    }

    @Test
    void combineFirstKeepsTheTailOfWhicheverSeriesEndsLater() {
        IndexedSeries newer = series(new long[]{10, 20, 50, 60}, 1, 2, 5, 6);
        IndexedSeries older = series(new long[]{0, 10, 30}, 100, 110, 130);

        assertArrayEquals(series(new long[]{0, 10, 20, 30, 50, 60}, 0, 0, 0, 0, 0, 0).epochMillis(),
                newer.combineFirst(older).epochMillis());
        assertArrayEquals(new double[]{100, 1, 2, 130, 5, 6}, newer.combineFirst(older).values());
        assertArrayEquals(new double[]{100, 110, 2, 130, 5, 6}, older.combineFirst(newer).values());
        assertArrayEquals(new double[]{1, 2, 5, 6}, newer.combineFirst(newer).values(), "the same instants: no point added");
    }

    @Test
    void withoutFirstCutsTheDelayFromTheFirstInstant() {
        IndexedSeries s = series(new long[]{0, 30, 60, 90}, 0, 1, 2, 3);

        assertArrayEquals(new double[]{2, 3}, s.withoutFirst(Duration.ofMinutes(60)).values());
        assertArrayEquals(new double[]{2, 3}, s.withoutFirst(Duration.ofMinutes(31)).values());
        assertSame(s, s.withoutFirst(Duration.ZERO));
        assertTrue(s.withoutFirst(Duration.ofDays(1)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> s.withoutFirst(Duration.ofMinutes(-1)));
    }

    @Test
    void trimAndDropMissingValues() {
        IndexedSeries s = series(new long[]{0, 1, 2, 3, 4}, Double.NaN, 1, Double.NaN, 3, Double.NaN);

        assertArrayEquals(new double[]{1, Double.NaN, 3}, s.trimNaN().values());
        assertArrayEquals(new double[]{1, 3}, s.dropNaN().values());
        assertTrue(s.hasValue());
        assertFalse(series(new long[]{0}, Double.NaN).hasValue());
        assertTrue(series(new long[]{0, 1}, Double.NaN, Double.NaN).trimNaN().isEmpty());
    }

    @Test
    void forEachVisitsPointsInOrder() {
        IndexedSeries s = series(new long[]{0, 5}, 7, 8);
        StringBuilder seen = new StringBuilder();
        s.forEach((instant, value) -> seen.append(instant).append('=').append(value).append(' '));
        assertEquals("2024-03-31T00:00:00Z=7.0 2024-03-31T00:05:00Z=8.0 ", seen.toString());
        int count = 0;
        for (SeriesPoint point : s) {
            count += point.instant() != null ? 1 : 0;
        }
        assertEquals(2, count);
    }
}
