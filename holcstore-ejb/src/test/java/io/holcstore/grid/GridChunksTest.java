package io.holcstore.grid;

import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridChunksTest {
    private static final double NaN = Double.NaN;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private static final StoreGrid PARIS_MONTHLY = new StoreGrid(HOUR, PARIS, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid PARIS_MONTHLY_15MIN = new StoreGrid(QUARTER, PARIS, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid UTC_MONTHLY = new StoreGrid(HOUR, UTC, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid UTC_YEARLY = new StoreGrid(HOUR, UTC, ChunkAxis.YEAR);
    private static final StoreGrid PARIS_YEARLY = new StoreGrid(HOUR, PARIS, ChunkAxis.YEAR);

    private static final int JAN_2025 = 2025 * 12;
    private static final int FEB_2025 = JAN_2025 + 1;
    private static final int MAR_2025 = JAN_2025 + 2;
    private static final int APR_2025 = JAN_2025 + 3;
    private static final int OCT_2025 = JAN_2025 + 9;
    private static final int DEC_2024 = JAN_2025 - 1;

    // ---------------------------------------------------------------- helpers

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    /** 1, 2, 3, ... n. */
    private static double[] ramp(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        return values;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, NaN);
        return values;
    }

    /** A chunk of the grid's length, NaN except {@code values} from {@code offset} on. */
    private static double[] chunk(StoreGrid grid, int chunkIndex, int offset, double... values) {
        double[] chunk = nans(grid.chunkLength(chunkIndex));
        System.arraycopy(values, 0, chunk, offset, values.length);
        return chunk;
    }

    private static void assertChunk(double[] expected, NavigableMap<Integer, double[]> chunks, int index) {
        assertTrue(chunks.containsKey(index), "chunk " + index + " missing; got " + chunks.keySet());
        assertArrayEquals(expected, chunks.get(index), "chunk " + index);
    }

    private static IrregularSeries irregular(Instant[] instants, double... values) {
        return IrregularSeries.of(instants, values);
    }

    /** Splitting {@code series} on {@code grid} is refused, naming {@code offGrid} as the point off the grid. */
    private static void assertOffGridAt(Instant offGrid, Series series, StoreGrid grid) {
        OffGridTimestampException e = assertThrows(OffGridTimestampException.class, () -> GridChunks.split(series, grid));

        assertEquals(offGrid, e.timestamp());
    }

    /** Splitting {@code series} on {@code grid} is refused, naming {@code twice}, the instant given twice. */
    private static void assertDuplicateAt(Instant twice, Series series, StoreGrid grid) {
        DuplicateTimestampException e = assertThrows(DuplicateTimestampException.class, () -> GridChunks.split(series, grid));

        assertTrue(e.getMessage().contains(twice.toString()), e.getMessage());
    }

    /**
     * The series spread over whole chunks, {@code firstChunk} to {@code lastChunk}: its values at
     * their place, NaN elsewhere, rendered in the grid's zone.
     */
    private static DenseSeries padded(DenseSeries series, StoreGrid grid, int firstChunk, int lastChunk) {
        Instant start = grid.chunkStart(firstChunk);
        Instant end = grid.chunkStart(lastChunk + 1);
        int length = Math.toIntExact(Duration.between(start, end).dividedBy(grid.step()));
        double[] values = nans(length);
        int shift = Math.toIntExact(Duration.between(start, series.start()).dividedBy(grid.step()));
        series.copyValues(0, values, shift, series.size());
        return DenseSeries.of(start, grid.step(), grid.zone(), values);
    }

    // ---------------------------------------------------------------- split, dense

    @Nested
    class SplitDense {

        @Test
        void seriesInsideOneChunkIsPaddedWithNaNOnBothSides() {
            // 2025-01-10T00:00 local = 09T23:00Z, 9 days * 24 h after the chunk start
            DenseSeries series = DenseSeries.of(at("2025-01-09T23:00:00Z"), HOUR, PARIS, 1, 2, 3);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            assertEquals(Set.of(JAN_2025), chunks.keySet());
            assertChunk(chunk(PARIS_MONTHLY, JAN_2025, 216, 1, 2, 3), chunks, JAN_2025);
        }

        @Test
        void seriesAcrossAParisMonthBoundaryIsCutAtLocalMidnight() {
            // 21:00Z and 22:00Z on 31 Jan are 22:00 and 23:00 local; 23:00Z is 1 Feb 00:00 local.
            DenseSeries series = DenseSeries.of(at("2025-01-31T21:00:00Z"), HOUR, PARIS, 1, 2, 3, 4);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            assertEquals(List.of(JAN_2025, FEB_2025), List.copyOf(chunks.keySet()));
            assertEquals(744, chunks.get(JAN_2025).length);
            assertEquals(672, chunks.get(FEB_2025).length);
            assertChunk(chunk(PARIS_MONTHLY, JAN_2025, 742, 1, 2), chunks, JAN_2025);
            assertChunk(chunk(PARIS_MONTHLY, FEB_2025, 0, 3, 4), chunks, FEB_2025);
        }

        @Test
        void seriesAcrossAUtcYearBoundary() {
            DenseSeries series = DenseSeries.of(at("2024-12-31T22:00:00Z"), HOUR, 1, 2, 3, 4);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, UTC_YEARLY);

            assertEquals(List.of(2024, 2025), List.copyOf(chunks.keySet()));
            assertChunk(chunk(UTC_YEARLY, 2024, 8782, 1, 2), chunks, 2024);
            assertChunk(chunk(UTC_YEARLY, 2025, 0, 3, 4), chunks, 2025);
        }

        @Test
        void seriesAcrossAParisYearBoundaryInMonthlyChunks() {
            // 2024-12-31T22:00Z is 23:00 local, the last hour of December 2024 (744 h).
            DenseSeries series = DenseSeries.of(at("2024-12-31T22:00:00Z"), HOUR, PARIS, 1, 2);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            assertChunk(chunk(PARIS_MONTHLY, DEC_2024, 743, 1), chunks, DEC_2024);
            assertChunk(chunk(PARIS_MONTHLY, JAN_2025, 0, 2), chunks, JAN_2025);
        }

        @Test
        void theSpringDstDayFillsTwentyThreeConsecutiveSlots() {
            assertParisDayFillsConsecutiveSlots(LocalDate.of(2025, 3, 30), 23, MAR_2025, 29 * 24);
        }

        @Test
        void theAutumnDstDayFillsTwentyFiveConsecutiveSlots() {
            assertParisDayFillsConsecutiveSlots(LocalDate.of(2025, 10, 26), 25, OCT_2025, 25 * 24);
        }

        /**
         * The Paris day {@code date}, {@code hours} hourly points from its local midnight, fills the slots of
         * chunk {@code chunkIndex} from {@code firstOffset} on, and no other chunk.
         */
        private void assertParisDayFillsConsecutiveSlots(LocalDate date, int hours, int chunkIndex, int firstOffset) {
            Instant midnight = date.atStartOfDay(PARIS).toInstant();
            DenseSeries day = DenseSeries.of(midnight, HOUR, PARIS, ramp(hours));

            NavigableMap<Integer, double[]> chunks = GridChunks.split(day, PARIS_MONTHLY);

            assertChunk(chunk(PARIS_MONTHLY, chunkIndex, firstOffset, ramp(hours)), chunks, chunkIndex);
            assertEquals(1, chunks.size());
        }

        @Test
        void wholeDstMonthsFillTheirChunksExactly() {
            // March (743 h) then April (720 h), no point lost or shifted at either boundary.
            DenseSeries series = DenseSeries.of(PARIS_MONTHLY.chunkStart(MAR_2025), HOUR, PARIS, ramp(743 + 720));

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            assertEquals(List.of(MAR_2025, APR_2025), List.copyOf(chunks.keySet()));
            assertArrayEquals(Arrays.copyOfRange(ramp(1463), 0, 743), chunks.get(MAR_2025));
            assertArrayEquals(Arrays.copyOfRange(ramp(1463), 743, 1463), chunks.get(APR_2025));
        }

        @Test
        void fifteenMinuteSeriesOverTheAutumnChange() {
            Instant start = at("2025-10-26T00:00:00Z"); // 02:00 CEST, the first 02:00
            DenseSeries series = DenseSeries.of(start, QUARTER, PARIS, ramp(8)); // two hours: both 02:00 local

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY_15MIN);

            assertChunk(chunk(PARIS_MONTHLY_15MIN, OCT_2025, (25 * 24 + 2) * 4, ramp(8)), chunks, OCT_2025);
        }

        @Test
        void aSeriesSpanningManyChunksPutsEveryValueAtItsGridPosition() {
            Instant start = at("2024-11-17T05:00:00Z");
            DenseSeries series = DenseSeries.of(start, HOUR, PARIS, ramp(24 * 200));

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            assertEquals(PARIS_MONTHLY.chunkIndexOf(start), chunks.firstKey());
            assertEquals(PARIS_MONTHLY.chunkIndexOf(series.end()), chunks.lastKey());
            for (int i = 0; i < series.size(); i += 7) {
                Instant t = series.instantAt(i);
                int index = PARIS_MONTHLY.chunkIndexOf(t);
                assertEquals(i + 1, chunks.get(index)[PARIS_MONTHLY.offsetInChunk(t, index)], t.toString());
            }
            for (var entry : chunks.entrySet()) {
                assertEquals(PARIS_MONTHLY.chunkLength(entry.getKey()), entry.getValue().length);
            }
        }

        @Test
        void allNaNChunksAreLeftOut() {
            // January 2025 UTC: two values, February all NaN, March one value.
            int jan = 744;
            int feb = 672;
            double[] values = nans(jan + feb + 1);
            values[jan - 2] = 1;
            values[jan - 1] = 2;
            values[jan + feb] = 3;
            DenseSeries series = DenseSeries.of(at("2025-01-01T00:00:00Z"), HOUR, values);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, UTC_MONTHLY);

            assertEquals(List.of(JAN_2025, MAR_2025), List.copyOf(chunks.keySet()));
            assertChunk(chunk(UTC_MONTHLY, JAN_2025, jan - 2, 1, 2), chunks, JAN_2025);
            assertChunk(chunk(UTC_MONTHLY, MAR_2025, 0, 3), chunks, MAR_2025);
        }

        @Test
        void anAllNaNSeriesGivesNoChunk() {
            DenseSeries series = DenseSeries.of(at("2025-01-31T00:00:00Z"), HOUR, nans(72));

            assertTrue(GridChunks.split(series, UTC_MONTHLY).isEmpty());
        }

        @Test
        void anEmptySeriesGivesNoChunk() {
            assertTrue(GridChunks.split(DenseSeries.empty(at("2025-01-01T00:00:00Z"), HOUR, UTC), UTC_MONTHLY).isEmpty());
            // the step does not even matter when there is no point
            assertTrue(GridChunks.split(DenseSeries.empty(at("2025-01-01T00:17:00Z"), QUARTER, UTC), UTC_MONTHLY).isEmpty());
        }

        @Test
        void theSeriesZoneDoesNotMatterOnlyItsInstants() {
            DenseSeries utc = DenseSeries.of(at("2025-01-31T22:00:00Z"), HOUR, UTC, 1, 2);

            assertEquals(render(GridChunks.split(utc.withZone(PARIS), PARIS_MONTHLY)),
                    render(GridChunks.split(utc, PARIS_MONTHLY)));
        }

        @Test
        void aStepThatIsAMultipleOfTheGridStepLeavesNaNBetweenPoints() {
            // two-hourly points on an hourly grid, across the Jan/Feb boundary in UTC
            DenseSeries series = DenseSeries.of(at("2025-01-31T20:00:00Z"), Duration.ofHours(2), 1, 2, 3);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, UTC_MONTHLY);

            assertChunk(chunk(UTC_MONTHLY, JAN_2025, 740, 1, NaN, 2), chunks, JAN_2025);
            assertChunk(chunk(UTC_MONTHLY, FEB_2025, 0, 3), chunks, FEB_2025);
        }

        @Test
        void anHourlySeriesOnAFifteenMinuteGrid() {
            Instant start = PARIS_MONTHLY_15MIN.chunkStart(MAR_2025);
            DenseSeries series = DenseSeries.of(start, HOUR, PARIS, 1, 2, 3);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY_15MIN);

            assertChunk(chunk(PARIS_MONTHLY_15MIN, MAR_2025, 0, 1, NaN, NaN, NaN, 2, NaN, NaN, NaN, 3), chunks, MAR_2025);
        }

        @Test
        void aDailyStepOverTheSpringChangeStaysOnTheHourlyGrid() {
            // Steps are absolute time: after the change, 24 h later is 01:00 local.
            Instant start = LocalDate.of(2025, 3, 29).atStartOfDay(PARIS).toInstant();
            DenseSeries series = DenseSeries.of(start, Duration.ofDays(1), PARIS, 1, 2, 3);

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            double[] expected = nans(743);
            expected[28 * 24] = 1;
            expected[29 * 24] = 2;
            expected[30 * 24] = 3;
            assertChunk(expected, chunks, MAR_2025);
        }

        @Test
        void anOffGridStartIsReportedAtTheStart() {
            Instant start = at("2025-01-10T10:30:00Z");
            DenseSeries series = DenseSeries.of(start, HOUR, PARIS, 1, 2, 3);

            assertOffGridAt(start, series, PARIS_MONTHLY);
        }

        @Test
        void aStartWithNanosecondsIsOffGrid() {
            Instant start = at("2025-01-10T10:00:00Z").plusNanos(1);

            assertOffGridAt(start, DenseSeries.of(start, HOUR, 1, 2), UTC_MONTHLY);
        }

        @Test
        void anOffGridStartWithAMultipleStepIsReportedAtTheStart() {
            Instant start = at("2025-01-10T10:30:00Z");

            assertOffGridAt(start, DenseSeries.of(start, Duration.ofHours(2), 1, 2), UTC_MONTHLY);
        }

        @Test
        void aFinerStepIsReportedAtItsFirstOffGridPoint() {
            Instant start = at("2025-01-10T10:00:00Z");
            DenseSeries halfHourly = DenseSeries.of(start, Duration.ofMinutes(30), 1, 2, 3);

            assertOffGridAt(at("2025-01-10T10:30:00Z"), halfHourly, UTC_MONTHLY);
        }

        @Test
        void aStepThatIsNotAMultipleIsReportedAtItsFirstOffGridPoint() {
            Instant start = at("2025-01-10T10:00:00Z");
            DenseSeries ninetyMinutes = DenseSeries.of(start, Duration.ofMinutes(90), 1, 2, 3);

            assertOffGridAt(at("2025-01-10T11:30:00Z"), ninetyMinutes, UTC_MONTHLY);
        }

        @Test
        void aStepWithFractionalSecondsIsOffGrid() {
            Instant start = at("2025-01-10T10:00:00Z");
            DenseSeries series = DenseSeries.of(start, Duration.ofMillis(3_600_500), 1, 2);

            assertOffGridAt(series.instantAt(1), series, UTC_MONTHLY);
        }

        @Test
        void anOffGridStartWithAFinerStepIsReportedAtTheStart() {
            Instant start = at("2025-01-10T10:30:00Z");
            DenseSeries halfHourly = DenseSeries.of(start, Duration.ofMinutes(30), 1, 2, 3);

            assertOffGridAt(start, halfHourly, UTC_MONTHLY);
        }

        @Test
        void aSinglePointOnTheGridIsAcceptedWhateverTheStep() {
            Instant start = at("2025-01-10T10:00:00Z");
            DenseSeries onePoint = DenseSeries.of(start, Duration.ofMinutes(30), 7);

            NavigableMap<Integer, double[]> chunks = assertDoesNotThrow(() -> GridChunks.split(onePoint, UTC_MONTHLY));

            assertChunk(chunk(UTC_MONTHLY, JAN_2025, 9 * 24 + 10, 7), chunks, JAN_2025);
        }

        @Test
        void theGridRestartsAtEachChunkStartForStepsThatDoNotDivideTheChunk() {
            // 7 s does not divide January (2 678 400 s): the last January point is 4 s before
            // 1 February, so the next series point, 00:00:03, is not on February's grid.
            StoreGrid sevenSeconds = new StoreGrid(Duration.ofSeconds(7), UTC, ChunkAxis.YEAR_MONTH);
            DenseSeries series = DenseSeries.of(at("2025-01-31T23:59:56Z"), Duration.ofSeconds(7), 1, 2);

            assertOffGridAt(at("2025-02-01T00:00:03Z"), series, sevenSeconds);
        }
    }

    // ---------------------------------------------------------------- split, irregular and local

    @Nested
    class SplitIrregular {

        @Test
        void pointsInAnyOrderLandAtTheirGridPositions() {
            Instant[] instants = {
                    at("2025-02-01T00:00:00Z"), // 1 Feb 01:00 local
                    at("2025-01-01T00:00:00Z"), // 1 Jan 01:00 local
                    at("2025-01-31T22:00:00Z"), // 31 Jan 23:00 local
                    at("2025-01-31T23:00:00Z"), // 1 Feb 00:00 local
                    at("2024-12-31T23:00:00Z"), // 1 Jan 00:00 local
            };

            NavigableMap<Integer, double[]> chunks = GridChunks.split(irregular(instants, 5, 1, 3, 4, 0), PARIS_MONTHLY);

            assertEquals(List.of(JAN_2025, FEB_2025), List.copyOf(chunks.keySet()));
            double[] jan = chunk(PARIS_MONTHLY, JAN_2025, 0, 0, 1);
            jan[743] = 3;
            assertChunk(jan, chunks, JAN_2025);
            assertChunk(chunk(PARIS_MONTHLY, FEB_2025, 0, 4, 5), chunks, FEB_2025);
        }

        @Test
        void theOrderOfThePointsDoesNotChangeTheResult() {
            DenseSeries dense = DenseSeries.of(at("2025-03-29T20:00:00Z"), HOUR, PARIS, ramp(60));
            Instant[] instants = new Instant[60];
            double[] values = new double[60];
            for (int i = 0; i < 60; i++) {
                int j = (i * 37) % 60; // a permutation of 0..59
                instants[i] = dense.instantAt(j);
                values[i] = dense.valueAt(j);
            }

            assertEquals(render(GridChunks.split(dense, PARIS_MONTHLY)),
                    render(GridChunks.split(IrregularSeries.of(instants, values), PARIS_MONTHLY)));
        }

        @Test
        void pointsScatteredOverFarApartChunks() {
            Instant[] instants = {at("2025-10-26T01:00:00Z"), at("2024-02-29T12:00:00Z"), at("2025-10-26T00:00:00Z")};

            NavigableMap<Integer, double[]> chunks = GridChunks.split(irregular(instants, 2, 9, 1), PARIS_MONTHLY);

            int feb2024 = 2024 * 12 + 1;
            assertEquals(List.of(feb2024, OCT_2025), List.copyOf(chunks.keySet()));
            // 29 Feb 2024 12:00Z = 13:00 local, 28 days and 13 h after local midnight of 1 Feb
            assertChunk(chunk(PARIS_MONTHLY, feb2024, 28 * 24 + 13, 9), chunks, feb2024);
            // both 02:00 local of 26 Oct
            assertChunk(chunk(PARIS_MONTHLY, OCT_2025, 25 * 24 + 2, 1, 2), chunks, OCT_2025);
        }

        @Test
        void chunksHoldingOnlyNaNAreLeftOut() {
            Instant[] instants = {at("2025-01-05T00:00:00Z"), at("2025-02-05T00:00:00Z")};

            NavigableMap<Integer, double[]> chunks = GridChunks.split(irregular(instants, NaN, 1), UTC_MONTHLY);

            assertEquals(Set.of(FEB_2025), chunks.keySet());
        }

        @Test
        void anEmptySeriesGivesNoChunk() {
            assertTrue(GridChunks.split(IrregularSeries.of(new Instant[0], new double[0]), UTC_MONTHLY).isEmpty());
        }

        @Test
        void anOffGridPointIsReportedByItsInstant() {
            Instant bad = at("2025-01-05T00:15:00Z");
            Instant[] instants = {at("2025-01-05T00:00:00Z"), bad, at("2025-01-05T02:00:00Z")};

            assertOffGridAt(bad, irregular(instants, 1, 2, 3), UTC_MONTHLY);
        }

        @Test
        void theFirstOffGridPointOfTheSeriesIsReported() {
            Instant first = at("2025-03-05T00:00:01Z");
            Instant[] instants = {at("2025-01-05T00:00:00Z"), first, at("2025-01-05T00:00:00.5Z")};

            assertOffGridAt(first, irregular(instants, 1, 2, 3), UTC_MONTHLY);
        }

        @Test
        void anInstantWithNanosecondsIsOffGrid() {
            Instant bad = at("2025-01-05T00:00:00Z").plusNanos(1);

            assertOffGridAt(bad, irregular(new Instant[] {bad}, 1), UTC_MONTHLY);
        }

        @Test
        void aNaNValueAtAnOffGridInstantIsStillRefused() {
            Instant bad = at("2025-01-05T00:30:00Z");

            assertOffGridAt(bad, irregular(new Instant[] {bad}, NaN), UTC_MONTHLY);
        }

        @Test
        void theUtcHourIsOffTheGridOfAHalfHourZone() {
            StoreGrid kolkata = new StoreGrid(HOUR, ZoneId.of("Asia/Kolkata"), ChunkAxis.YEAR_MONTH);
            Instant utcHour = at("2025-01-05T00:00:00Z"); // 05:30 local

            assertOffGridAt(utcHour, irregular(new Instant[] {utcHour}, 1), kolkata);
            assertDoesNotThrow(() -> GridChunks.split(irregular(new Instant[] {at("2025-01-05T00:30:00Z")}, 1), kolkata));
        }

        @Test
        void aRepeatedInstantIsADuplicate() {
            Instant twice = at("2025-01-05T03:00:00Z");
            Instant[] instants = {at("2025-01-05T02:00:00Z"), twice, twice};

            assertDuplicateAt(twice, irregular(instants, 1, 2, 3), UTC_MONTHLY);
        }

        @Test
        void aDuplicateIsFoundEvenAfterVisitingAnotherChunk() {
            Instant twice = at("2025-01-05T03:00:00Z");
            Instant[] instants = {twice, at("2025-02-05T00:00:00Z"), at("2025-03-05T00:00:00Z"), twice};

            assertDuplicateAt(twice, irregular(instants, 1, 2, 3, 4), UTC_MONTHLY);
        }

        @Test
        void aDuplicateIsFoundEvenWhenBothValuesAreNaN() {
            Instant twice = at("2025-01-05T03:00:00Z");

            assertThrows(DuplicateTimestampException.class,
                    () -> GridChunks.split(irregular(new Instant[] {twice, twice}, NaN, NaN), UTC_MONTHLY));
        }

        @Test
        void theSameInstantWrittenInTwoZonesIsADuplicate() {
            Instant paris = LocalDateTime.of(2025, 1, 5, 4, 0).atZone(PARIS).toInstant();
            Instant utc = LocalDateTime.of(2025, 1, 5, 3, 0).atZone(UTC).toInstant();

            assertThrows(DuplicateTimestampException.class,
                    () -> GridChunks.split(irregular(new Instant[] {paris, utc}, 1, 2), PARIS_MONTHLY));
        }
    }

    @Nested
    class SplitLocal {

        private LocalSeries local(double[] values, String... dateTimes) {
            return LocalSeries.of(Arrays.stream(dateTimes).map(LocalDateTime::parse).toArray(LocalDateTime[]::new), values);
        }

        @Test
        void localDateTimesAreReadInTheStoreZone() {
            LocalSeries series = local(new double[] {1, 2}, "2025-01-01T00:00", "2025-01-31T23:00");

            NavigableMap<Integer, double[]> paris = GridChunks.split(series, PARIS_MONTHLY);
            NavigableMap<Integer, double[]> utc = GridChunks.split(series, UTC_MONTHLY);

            // local midnight of 1 Jan is the first slot of January, in either zone
            double[] expected = chunk(PARIS_MONTHLY, JAN_2025, 0, 1);
            expected[743] = 2;
            assertEquals(Set.of(JAN_2025), paris.keySet());
            assertChunk(expected, paris, JAN_2025);
            assertEquals(Set.of(JAN_2025), utc.keySet());
            assertChunk(expected, utc, JAN_2025);
        }

        @Test
        void aLocalSeriesGivesTheSameChunksAsItsInstantsInTheStoreZone() {
            LocalSeries series = local(new double[] {1, 2, 3}, "2025-07-01T00:00", "2025-06-30T23:00", "2025-03-30T03:00");

            assertEquals(render(GridChunks.split(series.inZone(PARIS), PARIS_MONTHLY)),
                    render(GridChunks.split(series, PARIS_MONTHLY)));
        }

        @Test
        void localHoursOverTheAutumnChangeAreRefusedAtTheRepeatedHour() {
            LocalSeries series = local(new double[] {0, 1, 2, 3},
                    "2025-10-26T00:00", "2025-10-26T01:00", "2025-10-26T02:00", "2025-10-26T03:00");

            // 02:00 happens twice (CEST then CET): which instant was meant cannot be known
            InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class, () -> GridChunks.split(series, PARIS_MONTHLY));
            assertEquals(LocalDateTime.parse("2025-10-26T02:00"), e.localTime());
        }

        @Test
        void localHoursAroundTheAutumnChangeOutsideTheRepeatedHourAreStored() {
            LocalSeries series = local(new double[] {0, 1, 3}, "2025-10-26T00:00", "2025-10-26T01:00", "2025-10-26T03:00");

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);

            // 01:00 CEST is 23:00Z, 03:00 CET is 02:00Z: both 02:00 slots (00:00Z, 01:00Z) stay empty
            assertChunk(chunk(PARIS_MONTHLY, OCT_2025, 600, 0, 1, NaN, NaN, 3), chunks, OCT_2025);
        }

        @Test
        void aNonExistentSpringLocalHourIsRefusedInsteadOfBeingMoved() {
            // 02:00 does not exist on 2025-03-30 in Paris; it was once moved to 03:00 CEST and collided with it.
            LocalSeries series = local(new double[] {1, 2}, "2025-03-30T02:00", "2025-03-30T03:00");

            InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class, () -> GridChunks.split(series, PARIS_MONTHLY));
            assertEquals(LocalDateTime.parse("2025-03-30T02:00"), e.localTime());
        }

        @Test
        void aRepeatedLocalDateTimeIsADuplicate() {
            LocalSeries series = local(new double[] {1, 2}, "2025-10-25T02:00", "2025-10-25T02:00");

            assertDuplicateAt(at("2025-10-25T00:00:00Z"), series, PARIS_MONTHLY);
        }

        @Test
        void anOffGridLocalDateTimeIsReportedAsItsInstantInTheStoreZone() {
            LocalSeries series = local(new double[] {1}, "2025-01-01T00:30");

            assertOffGridAt(at("2024-12-31T23:30:00Z"), series, PARIS_MONTHLY);
        }

        @Test
        void anEmptyLocalSeriesGivesNoChunk() {
            assertTrue(GridChunks.split(local(new double[0]), PARIS_MONTHLY).isEmpty());
        }
    }

    // ---------------------------------------------------------------- join

    @Nested
    class Join {

        @Test
        void roundTripGivesTheSeriesPaddedToWholeChunks() {
            DenseSeries series = DenseSeries.of(at("2025-01-20T05:00:00Z"), HOUR, PARIS, ramp(24 * 45));

            NavigableMap<Integer, double[]> chunks = GridChunks.split(series, PARIS_MONTHLY);
            DenseSeries joined = GridChunks.join(chunks, PARIS_MONTHLY);

            assertEquals(List.of(JAN_2025, FEB_2025, MAR_2025), List.copyOf(chunks.keySet()));
            assertEquals(padded(series, PARIS_MONTHLY, JAN_2025, MAR_2025), joined);
            assertEquals(series, joined.slice(series.start(), series.end()));
        }

        @Test
        void roundTripOverBothDstMonthsAtFifteenMinutes() {
            Instant start = at("2025-03-30T00:15:00Z");
            DenseSeries series = DenseSeries.of(start, QUARTER, PARIS, ramp(96 * 220));

            DenseSeries joined = GridChunks.join(GridChunks.split(series, PARIS_MONTHLY_15MIN), PARIS_MONTHLY_15MIN);

            int last = PARIS_MONTHLY_15MIN.chunkIndexOf(series.end());
            assertEquals(OCT_2025 + 1, last);
            assertEquals(padded(series, PARIS_MONTHLY_15MIN, MAR_2025, last), joined);
        }

        @Test
        void roundTripOverAYearBoundaryWithYearlyChunks() {
            DenseSeries series = DenseSeries.of(at("2024-12-30T12:00:00Z"), HOUR, PARIS, ramp(72));

            DenseSeries joined = GridChunks.join(GridChunks.split(series, PARIS_YEARLY), PARIS_YEARLY);

            assertEquals(PARIS_YEARLY.chunkStart(2024), joined.start());
            assertEquals(8784 + 8760, joined.size());
            assertEquals(padded(series, PARIS_YEARLY, 2024, 2025), joined);
        }

        @Test
        void joinedSeriesUsesTheGridStepAndZone() {
            NavigableMap<Integer, double[]> chunks = new TreeMap<>();
            chunks.put(JAN_2025, chunk(PARIS_MONTHLY, JAN_2025, 0, 1));

            DenseSeries joined = GridChunks.join(chunks, PARIS_MONTHLY);

            assertEquals(at("2024-12-31T23:00:00Z"), joined.start());
            assertEquals(HOUR, joined.step());
            assertEquals(PARIS, joined.zone());
            assertEquals(744, joined.size());
        }

        @Test
        void missingChunksBetweenStoredOnesAreFilledWithNaN() {
            NavigableMap<Integer, double[]> chunks = new TreeMap<>();
            double[] jan = chunk(UTC_MONTHLY, JAN_2025, 743, 1);
            double[] apr = chunk(UTC_MONTHLY, APR_2025, 0, 2);
            chunks.put(APR_2025, apr);
            chunks.put(JAN_2025, jan);

            DenseSeries joined = GridChunks.join(chunks, UTC_MONTHLY);

            int janToApr = (31 + 28 + 31) * 24;
            assertEquals(at("2025-01-01T00:00:00Z"), joined.start());
            assertEquals(janToApr + 720, joined.size());
            double[] expected = nans(janToApr + 720);
            expected[743] = 1;
            expected[janToApr] = 2;
            assertArrayEquals(expected, joined.values());
        }

        @Test
        void gapOverADstMonthKeepsLaterChunksAligned() {
            NavigableMap<Integer, double[]> chunks = new TreeMap<>();
            chunks.put(FEB_2025, chunk(PARIS_MONTHLY, FEB_2025, 0, 1));
            chunks.put(APR_2025, chunk(PARIS_MONTHLY, APR_2025, 0, 2));

            DenseSeries joined = GridChunks.join(chunks, PARIS_MONTHLY);

            int aprilOffset = 672 + 743; // February, then the 743-hour March
            assertEquals(aprilOffset + 720, joined.size());
            assertEquals(1, joined.valueAt(0));
            assertEquals(2, joined.valueAt(aprilOffset));
            assertEquals(PARIS_MONTHLY.chunkStart(APR_2025), joined.instantAt(aprilOffset));
            assertEquals(2, countPresent(joined));
        }

        @Test
        void joinCopiesTheChunks() {
            double[] jan = chunk(UTC_MONTHLY, JAN_2025, 0, 1);
            NavigableMap<Integer, double[]> chunks = new TreeMap<>();
            chunks.put(JAN_2025, jan);

            DenseSeries joined = GridChunks.join(chunks, UTC_MONTHLY);
            jan[0] = 99;

            assertEquals(1, joined.valueAt(0));
        }

        @Test
        void anEmptyMapIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> GridChunks.join(new TreeMap<>(), UTC_MONTHLY));
        }

        @Test
        void chunksThatDoNotShareAGridAreRefused() {
            // 2-hour steps from local midnight: March lasts 743 h, so April's grid is shifted by an hour.
            StoreGrid twoHours = new StoreGrid(Duration.ofHours(2), PARIS, ChunkAxis.YEAR_MONTH);
            NavigableMap<Integer, double[]> chunks = new TreeMap<>();
            chunks.put(MAR_2025, chunk(twoHours, MAR_2025, 0, 1));
            chunks.put(APR_2025, chunk(twoHours, APR_2025, 0, 2));

            assertThrows(IllegalStateException.class, () -> GridChunks.join(chunks, twoHours));
        }
    }

    /** Chunks as text, to compare whole maps of arrays. */
    private static String render(NavigableMap<Integer, double[]> chunks) {
        StringBuilder text = new StringBuilder();
        chunks.forEach((index, values) -> text.append(index).append('=').append(Arrays.toString(values)).append('\n'));
        return text.toString();
    }
}
