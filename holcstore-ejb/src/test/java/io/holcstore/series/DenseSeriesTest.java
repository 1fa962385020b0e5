package io.holcstore.series;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DenseSeriesTest {
    private static final double NaN = Double.NaN;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /** The instant {@code hours} hours after {@link #T0}. */
    private static Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static DenseSeries hourly(int startHour, double... values) {
        return DenseSeries.of(h(startHour), HOUR, values);
    }

    /** Checks start, step, zone and values (NaN-aware, bit-exact). */
    private static void assertSeries(Instant start, Duration step, ZoneId zone, double[] values, DenseSeries actual) {
        assertEquals(start, actual.start(), "start");
        assertEquals(step, actual.step(), "step");
        assertEquals(zone, actual.zone(), "zone");
        assertArrayEquals(values, actual.values(), "values");
    }

    @Nested
    class Construction {

        @Test
        void ofInstantRendersInUtcAndKeepsTheValues() {
            DenseSeries series = DenseSeries.of(T0, HOUR, 1.0, NaN, 3.0);

            assertSeries(T0, HOUR, UTC, new double[] {1.0, NaN, 3.0}, series);
            assertEquals(3, series.size());
            assertFalse(series.isEmpty());
            assertEquals(1.0, series.valueAt(0));
            assertTrue(Double.isNaN(series.valueAt(1)));
            assertEquals(3.0, series.valueAt(2));
        }

        @Test
        void ofWithZoneKeepsTheZone() {
            DenseSeries series = DenseSeries.of(T0, HOUR, PARIS, 1.0, 2.0);

            assertSeries(T0, HOUR, PARIS, new double[] {1.0, 2.0}, series);
        }

        @Test
        void ofZonedDateTimeTakesInstantAndZoneFromIt() {
            ZonedDateTime localMidnight = ZonedDateTime.of(2025, 7, 1, 0, 0, 0, 0, PARIS);

            DenseSeries series = DenseSeries.of(localMidnight, HOUR, 5.0);

            assertSeries(Instant.parse("2025-06-30T22:00:00Z"), HOUR, PARIS, new double[] {5.0}, series);
        }

        @Test
        void ofCopiesTheCallersArray() {
            double[] values = {1.0, 2.0};
            DenseSeries series = DenseSeries.of(T0, HOUR, values);

            values[0] = 99.0;

            assertEquals(1.0, series.valueAt(0));
        }

        @Test
        void adoptingSharesTheCallersArray() {
            double[] values = {1.0, 2.0};
            DenseSeries series = DenseSeries.adopting(T0, HOUR, PARIS, values);
            assertSeries(T0, HOUR, PARIS, new double[] {1.0, 2.0}, series);

            values[0] = 99.0; // the contract forbids this; done here only to show the array is not copied

            assertEquals(99.0, series.valueAt(0));
        }

        @Test
        void valuesReturnsADefensiveCopy() {
            DenseSeries series = hourly(0, 1.0, 2.0);

            series.values()[0] = 99.0;

            assertEquals(1.0, series.valueAt(0));
        }

        @Test
        void emptyHasNoPointsButKeepsStartStepAndZone() {
            DenseSeries series = DenseSeries.empty(T0, HOUR, PARIS);

            assertSeries(T0, HOUR, PARIS, new double[0], series);
            assertEquals(0, series.size());
            assertTrue(series.isEmpty());
            assertFalse(series.iterator().hasNext());
        }

        @Test
        void nonPositiveStepIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> DenseSeries.of(T0, Duration.ZERO, 1.0));
            assertThrows(IllegalArgumentException.class, () -> DenseSeries.of(T0, Duration.ofHours(-1), 1.0));
            assertThrows(IllegalArgumentException.class, () -> DenseSeries.empty(T0, Duration.ofNanos(-1), UTC));
        }

        @Test
        void nullArgumentsAreRefused() {
            assertThrows(NullPointerException.class, () -> DenseSeries.of((Instant) null, HOUR, 1.0));
            assertThrows(NullPointerException.class, () -> DenseSeries.of(T0, null, 1.0));
            assertThrows(NullPointerException.class, () -> DenseSeries.of(T0, HOUR, (ZoneId) null, 1.0));
            assertThrows(NullPointerException.class, () -> DenseSeries.adopting(T0, HOUR, UTC, null));
        }
    }

    @Nested
    class Instants {

        @Test
        void instantAtIsStartPlusIndexTimesStep() {
            DenseSeries series = DenseSeries.of(T0, Duration.ofMinutes(15), 0, 0, 0, 0, 0);

            assertEquals(T0, series.instantAt(0));
            assertEquals(Instant.parse("2025-01-01T00:15:00Z"), series.instantAt(1));
            assertEquals(Instant.parse("2025-01-01T01:00:00Z"), series.instantAt(4));
        }

        @Test
        void instantAtHandlesStepsWithFractionalSeconds() {
            DenseSeries series = DenseSeries.of(T0, Duration.ofMillis(1500), 0, 0, 0);

            assertEquals(Instant.parse("2025-01-01T00:00:01.500Z"), series.instantAt(1));
            assertEquals(Instant.parse("2025-01-01T00:00:03Z"), series.instantAt(2));
            assertEquals(Instant.parse("2025-01-01T00:01:30Z"), series.instantAt(60));
        }

        @Test
        void instantsAreAbsoluteTimeAcrossDst() {
            // 2025-03-30 in Paris: 02:00 local does not exist, yet points stay one hour apart.
            DenseSeries series = DenseSeries.of(ZonedDateTime.of(2025, 3, 30, 0, 0, 0, 0, PARIS), HOUR, new double[4]);

            assertEquals(Instant.parse("2025-03-29T23:00:00Z"), series.instantAt(0));
            assertEquals(Instant.parse("2025-03-30T01:00:00Z"), series.instantAt(2));
            assertEquals(ZonedDateTime.of(2025, 3, 30, 4, 0, 0, 0, PARIS).toInstant(), series.instantAt(3));
        }

        @Test
        void endIsTheInstantOfTheLastPoint() {
            assertEquals(h(3), hourly(1, 1, 2, 3).end());
            assertEquals(h(1), hourly(1, 1).end());
        }

        @Test
        void endOfAnEmptySeriesIsOneStepBeforeStart() {
            assertEquals(h(-1), DenseSeries.empty(T0, HOUR, UTC).end());
        }

        @Test
        void copyValuesCopiesTheRequestedRange() {
            double[] target = {-1, -1, -1, -1, -1};

            hourly(0, 10, 20, 30, 40).copyValues(1, target, 2, 3);

            assertArrayEquals(new double[] {-1, -1, 20, 30, 40}, target);
        }
    }

    @Nested
    class Slice {
        private final DenseSeries series = hourly(0, 0, 1, 2, 3, 4, 5);

        @Test
        void bothBoundsAreInclusive() {
            assertSeries(h(1), HOUR, UTC, new double[] {1, 2, 3}, series.slice(h(1), h(3)));
        }

        @Test
        void nullFromLeavesTheStartOpen() {
            assertSeries(h(0), HOUR, UTC, new double[] {0, 1, 2}, series.slice(null, h(2)));
        }

        @Test
        void nullToLeavesTheEndOpen() {
            assertSeries(h(4), HOUR, UTC, new double[] {4, 5}, series.slice(h(4), null));
        }

        @Test
        void twoNullBoundsGiveTheWholeSeries() {
            assertEquals(series, series.slice(null, null));
        }

        @Test
        void offGridBoundsKeepOnlyPointsInside() {
            Instant from = h(1).plusSeconds(1);     // first point at or after: h(2)
            Instant to = h(4).minusSeconds(1);      // last point at or before: h(3)

            assertSeries(h(2), HOUR, UTC, new double[] {2, 3}, series.slice(from, to));
        }

        @Test
        void offGridBoundsJustOutsideAPointKeepIt() {
            assertSeries(h(2), HOUR, UTC, new double[] {2},
                    series.slice(h(2).minusNanos(1), h(2).plusNanos(1)));
        }

        @Test
        void offGridBoundsBetweenTwoPointsGiveAnEmptySeries() {
            DenseSeries sliced = series.slice(h(2).plusSeconds(1), h(3).minusSeconds(1));

            assertTrue(sliced.isEmpty());
            assertEquals(HOUR, sliced.step());
        }

        @Test
        void boundsWiderThanTheSeriesGiveTheWholeSeries() {
            assertEquals(series, series.slice(h(-100), h(100)));
        }

        @Test
        void boundsEntirelyBeforeTheSeriesGiveAnEmptySeries() {
            DenseSeries sliced = series.slice(h(-10), h(-1));

            assertTrue(sliced.isEmpty());
            assertEquals(HOUR, sliced.step());
            assertEquals(UTC, sliced.zone());
        }

        @Test
        void boundsEntirelyAfterTheSeriesGiveAnEmptySeries() {
            assertTrue(series.slice(h(6), h(20)).isEmpty());
            assertTrue(series.slice(h(6), null).isEmpty());
            assertTrue(series.slice(null, h(-1)).isEmpty());
        }

        @Test
        void fromAfterToGivesAnEmptySeries() {
            assertTrue(series.slice(h(4), h(2)).isEmpty());
        }

        @Test
        void slicingKeepsTheZoneAndDoesNotAlterTheOriginal() {
            DenseSeries paris = series.withZone(PARIS);

            DenseSeries sliced = paris.slice(h(1), h(2));

            assertEquals(PARIS, sliced.zone());
            assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, paris.values());
        }

        @Test
        void slicingAnEmptySeriesIsEmpty() {
            assertTrue(DenseSeries.empty(T0, HOUR, UTC).slice(h(-1), h(1)).isEmpty());
            assertTrue(DenseSeries.empty(T0, HOUR, UTC).slice(null, null).isEmpty());
        }

        @Test
        void extremeBoundsGiveTheWholeSeries() {
            assertEquals(series, series.slice(Instant.MIN, Instant.MAX));
            assertEquals(series, series.slice(Instant.EPOCH.minus(Duration.ofDays(365L * 400)), null));
        }
    }

    @Nested
    class TrimNaN {

        @Test
        void removesLeadingNaN() {
            assertSeries(h(2), HOUR, UTC, new double[] {1, 2}, hourly(0, NaN, NaN, 1, 2).trimNaN());
        }

        @Test
        void removesTrailingNaN() {
            assertSeries(h(0), HOUR, UTC, new double[] {1, 2}, hourly(0, 1, 2, NaN, NaN).trimNaN());
        }

        @Test
        void removesBothEndsButKeepsInnerNaN() {
            assertSeries(h(1), HOUR, UTC, new double[] {1, NaN, 2}, hourly(0, NaN, 1, NaN, 2, NaN).trimNaN());
        }

        @Test
        void allNaNGivesAnEmptySeries() {
            DenseSeries trimmed = hourly(0, NaN, NaN, NaN).trimNaN();

            assertTrue(trimmed.isEmpty());
            assertEquals(HOUR, trimmed.step());
            assertEquals(UTC, trimmed.zone());
        }

        @Test
        void withoutNaNAtTheEndsTheSeriesIsReturnedUnchanged() {
            DenseSeries series = hourly(0, 1, NaN, 2);

            assertSame(series, series.trimNaN());
        }

        @Test
        void emptyStaysEmpty() {
            assertTrue(DenseSeries.empty(T0, HOUR, UTC).trimNaN().isEmpty());
        }
    }

    @Nested
    class CombineFirst {

        @Test
        void overlappingSeriesPreferThisAndFillNaNFromOther() {
            DenseSeries mine = hourly(0, 1, NaN, 3, NaN);
            DenseSeries other = hourly(1, 20, 30, 40, 50);

            DenseSeries combined = mine.combineFirst(other);

            assertSeries(h(0), HOUR, UTC, new double[] {1, 20, 3, 40, 50}, combined);
        }

        @Test
        void nanInBothStaysNaN() {
            assertSeries(h(0), HOUR, UTC, new double[] {1, NaN, 3},
                    hourly(0, 1, NaN, 3).combineFirst(hourly(0, NaN, NaN, NaN)));
        }

        @Test
        void disjointSeriesWithAGapAreJoinedWithNaNInBetween() {
            DenseSeries combined = hourly(0, 1, 2).combineFirst(hourly(4, 5, 6));

            assertSeries(h(0), HOUR, UTC, new double[] {1, 2, NaN, NaN, 5, 6}, combined);
        }

        @Test
        void adjacentSeriesAreConcatenated() {
            assertSeries(h(0), HOUR, UTC, new double[] {1, 2, 3, 4},
                    hourly(0, 1, 2).combineFirst(hourly(2, 3, 4)));
        }

        @Test
        void otherStartingBeforeThisMovesTheStartBack() {
            DenseSeries combined = hourly(3, 30, NaN).combineFirst(hourly(0, 0, 1, 2, 3, 4, 5));

            assertSeries(h(0), HOUR, UTC, new double[] {0, 1, 2, 30, 4, 5}, combined);
        }

        @Test
        void otherBeforeThisWithAGap() {
            DenseSeries combined = hourly(5, 50).combineFirst(hourly(1, 10, 20));

            assertSeries(h(1), HOUR, UTC, new double[] {10, 20, NaN, NaN, 50}, combined);
        }

        @Test
        void otherInsideThisOnlyFillsItsNaN() {
            DenseSeries combined = hourly(0, 0, NaN, NaN, 3).combineFirst(hourly(2, 20));

            assertSeries(h(0), HOUR, UTC, new double[] {0, NaN, 20, 3}, combined);
        }

        @Test
        void theResultKeepsThisZone() {
            DenseSeries mine = DenseSeries.of(h(0), HOUR, PARIS, 1, NaN);
            DenseSeries other = DenseSeries.of(h(-1), HOUR, UTC, 0, 10, 20);

            assertSeries(h(-1), HOUR, PARIS, new double[] {0, 1, 20}, mine.combineFirst(other));
        }

        @Test
        void emptyOtherLeavesThisUnchanged() {
            DenseSeries mine = hourly(0, 1, NaN);

            assertSame(mine, mine.combineFirst(DenseSeries.empty(h(100), HOUR, PARIS)));
        }

        @Test
        void emptyThisGivesOtherInThisZone() {
            DenseSeries other = hourly(3, 1, 2);

            DenseSeries combined = DenseSeries.empty(h(0), HOUR, PARIS).combineFirst(other);

            assertSeries(h(3), HOUR, PARIS, new double[] {1, 2}, combined);
        }

        @Test
        void bothEmptyGivesAnEmptySeries() {
            assertTrue(DenseSeries.empty(h(0), HOUR, UTC).combineFirst(DenseSeries.empty(h(5), HOUR, UTC)).isEmpty());
        }

        @Test
        void theOperandsAreNotModified() {
            DenseSeries mine = hourly(0, 1, NaN);
            DenseSeries other = hourly(0, 10, 20);

            mine.combineFirst(other);

            assertArrayEquals(new double[] {1, NaN}, mine.values());
            assertArrayEquals(new double[] {10, 20}, other.values());
        }

        @Test
        void differentStepsAreRefused() {
            DenseSeries quarterHourly = DenseSeries.of(T0, Duration.ofMinutes(15), 1, 2);

            assertThrows(IllegalArgumentException.class, () -> hourly(0, 1).combineFirst(quarterHourly));
            assertThrows(IllegalArgumentException.class, () -> quarterHourly.combineFirst(hourly(0, 1)));
        }

        @Test
        void differentStepsAreRefusedEvenWhenOneSideIsEmpty() {
            DenseSeries emptyQuarterHourly = DenseSeries.empty(T0, Duration.ofMinutes(15), UTC);

            assertThrows(IllegalArgumentException.class, () -> hourly(0, 1).combineFirst(emptyQuarterHourly));
        }

        @Test
        void misalignedGridsAreRefused() {
            DenseSeries shifted = DenseSeries.of(h(1).plus(Duration.ofMinutes(30)), HOUR, 1, 2);

            assertThrows(IllegalArgumentException.class, () -> hourly(0, 1, 2).combineFirst(shifted));
            assertThrows(IllegalArgumentException.class, () -> shifted.combineFirst(hourly(0, 1, 2)));
        }

        @Test
        void misalignmentBeforeStartIsRefusedToo() {
            DenseSeries shiftedEarlier = DenseSeries.of(h(-3).plusNanos(1), HOUR, 1);

            assertThrows(IllegalArgumentException.class, () -> hourly(0, 1).combineFirst(shiftedEarlier));
        }
    }

    @Nested
    class Iteration {

        @Test
        void forEachVisitsEveryPointInTimeOrderMissingOnesIncluded() {
            List<SeriesPoint> seen = new ArrayList<>();

            hourly(2, 1, NaN, 3).forEach((PointConsumer) (instant, value) -> seen.add(new SeriesPoint(instant, value)));

            assertEquals(List.of(new SeriesPoint(h(2), 1), new SeriesPoint(h(3), NaN), new SeriesPoint(h(4), 3)), seen);
        }

        @Test
        void forEachOnAnEmptySeriesNeverCalls() {
            DenseSeries.empty(T0, HOUR, UTC).forEach((PointConsumer) (instant, value) -> {
                throw new AssertionError("called for " + instant);
            });
        }

        @Test
        void iteratorYieldsThePointsInTimeOrder() {
            Iterator<SeriesPoint> it = hourly(0, 5, NaN).iterator();

            assertTrue(it.hasNext());
            assertEquals(new SeriesPoint(h(0), 5), it.next());
            assertTrue(it.hasNext());
            assertEquals(new SeriesPoint(h(1), NaN), it.next());
            assertFalse(it.hasNext());
        }

        @Test
        void exhaustedIteratorThrowsNoSuchElement() {
            Iterator<SeriesPoint> it = hourly(0, 5).iterator();
            it.next();

            assertThrows(NoSuchElementException.class, it::next);
            assertThrows(NoSuchElementException.class, it::next);
        }

        @Test
        void emptyIteratorThrowsNoSuchElementAtOnce() {
            assertThrows(NoSuchElementException.class, () -> DenseSeries.empty(T0, HOUR, UTC).iterator().next());
        }

        @Test
        void eachIteratorStartsFromTheBeginning() {
            DenseSeries series = hourly(0, 1, 2, 3);
            List<Double> first = new ArrayList<>();
            List<Double> second = new ArrayList<>();

            for (SeriesPoint p : series) {
                first.add(p.value());
            }
            for (SeriesPoint p : series) {
                second.add(p.value());
            }

            assertEquals(List.of(1.0, 2.0, 3.0), first);
            assertEquals(first, second);
        }
    }

    @Nested
    class EqualityAndZone {

        @Test
        void nanEqualsNaN() {
            DenseSeries a = hourly(0, 1, NaN, 3);
            DenseSeries b = hourly(0, 1, NaN, 3);

            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
        }

        @Test
        void nanDiffersFromANumber() {
            assertNotEquals(hourly(0, 1, NaN), hourly(0, 1, 0));
        }

        @Test
        void differentStartStepZoneOrValuesAreNotEqual() {
            DenseSeries base = hourly(0, 1, 2);

            assertNotEquals(base, hourly(1, 1, 2));
            assertNotEquals(base, DenseSeries.of(T0, Duration.ofMinutes(30), 1, 2));
            assertNotEquals(base, base.withZone(PARIS));
            assertNotEquals(base, hourly(0, 1, 2, 3));
            assertNotEquals(base, hourly(0, 1, 3));
            assertNotEquals(base, null);
            assertNotEquals(base, "not a series");
        }

        @Test
        void emptySeriesWithSameStartStepAndZoneAreEqual() {
            assertEquals(DenseSeries.empty(T0, HOUR, UTC), DenseSeries.of(T0, HOUR));
            assertEquals(DenseSeries.empty(T0, HOUR, UTC).hashCode(), DenseSeries.of(T0, HOUR).hashCode());
        }

        @Test
        void withZoneKeepsThePointsAndChangesOnlyTheZone() {
            DenseSeries utc = hourly(0, 1, NaN);

            DenseSeries paris = utc.withZone(PARIS);

            assertSeries(h(0), HOUR, PARIS, new double[] {1, NaN}, paris);
            assertEquals(UTC, utc.zone());
            assertEquals(utc, paris.withZone(UTC));
        }

        @Test
        void toStringRendersTheStartInTheZone() {
            String text = hourly(0, 1, 2).withZone(PARIS).toString();

            assertTrue(text.contains("2025-01-01T01:00+01:00[Europe/Paris]"), text);
            assertTrue(text.contains("size=2"), text);
        }
    }
}
