package io.holcstore.grid;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreGridTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private static final StoreGrid PARIS_MONTHLY_HOURLY = new StoreGrid(HOUR, PARIS, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid PARIS_MONTHLY_15MIN = new StoreGrid(QUARTER, PARIS, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid PARIS_YEARLY_HOURLY = new StoreGrid(HOUR, PARIS, ChunkAxis.YEAR);
    private static final StoreGrid UTC_MONTHLY_HOURLY = new StoreGrid(HOUR, UTC, ChunkAxis.YEAR_MONTH);
    private static final StoreGrid UTC_YEARLY_HOURLY = new StoreGrid(HOUR, UTC, ChunkAxis.YEAR);

    private static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static Instant localMidnight(int year, int month, int day, ZoneId zone) {
        return LocalDate.of(year, month, day).atStartOfDay(zone).toInstant();
    }

    @Nested
    class Construction {

        @Test
        void exposesItsParameters() {
            StoreGrid grid = new StoreGrid(QUARTER, PARIS, ChunkAxis.YEAR);

            assertEquals(QUARTER, grid.step());
            assertEquals(900, grid.stepSeconds());
            assertEquals(PARIS, grid.zone());
            assertSame(ChunkAxis.YEAR, grid.axis());
            assertEquals("StoreGrid[step=PT15M, zone=Europe/Paris, axis=YEAR]", grid.toString());
        }

        @Test
        void acceptsStepsFromOneSecondToOneDay() {
            assertEquals(1, new StoreGrid(Duration.ofSeconds(1), UTC, ChunkAxis.YEAR).stepSeconds());
            assertEquals(86_400, new StoreGrid(Duration.ofDays(1), UTC, ChunkAxis.YEAR).stepSeconds());
        }

        @Test
        void refusesInvalidSteps() {
            for (Duration step : new Duration[] {
                    Duration.ZERO, Duration.ofHours(-1), Duration.ofMillis(1500), Duration.ofMillis(500),
                    Duration.ofDays(1).plusSeconds(1), Duration.ofDays(7)}) {
                assertThrows(IllegalArgumentException.class, () -> new StoreGrid(step, UTC, ChunkAxis.YEAR), step::toString);
            }
        }

        @Test
        void refusesNullArguments() {
            assertThrows(NullPointerException.class, () -> new StoreGrid(null, UTC, ChunkAxis.YEAR));
            assertThrows(NullPointerException.class, () -> new StoreGrid(HOUR, null, ChunkAxis.YEAR));
            assertThrows(NullPointerException.class, () -> new StoreGrid(HOUR, UTC, null));
        }
    }

    @Nested
    class ChunkIndexAndStart {

        @Test
        void yearIndexIsTheLocalYear() {
            assertEquals(2025, UTC_YEARLY_HOURLY.chunkIndexOf(at("2025-06-15T12:00:00Z")));
            assertEquals(2025, PARIS_YEARLY_HOURLY.chunkIndexOf(at("2025-06-15T12:00:00Z")));
        }

        @Test
        void yearMonthIndexIsYearTimesTwelvePlusMonthMinusOne() {
            assertEquals(24300, UTC_MONTHLY_HOURLY.chunkIndexOf(at("2025-01-15T00:00:00Z")));
            assertEquals(24306, UTC_MONTHLY_HOURLY.chunkIndexOf(at("2025-07-15T00:00:00Z")));
            assertEquals(24311, PARIS_MONTHLY_HOURLY.chunkIndexOf(at("2025-12-15T00:00:00Z")));
        }

        @Test
        void instantsOutsideTheYearsOneToNineThousandNineHundredNinetyNineAreOutOfRange() {
            // local midnight of 0001-01-01 in Paris is 0000-12-31T23:50:39Z (local mean time, +00:09:21)
            assertEquals(at("0000-12-31T23:50:39Z"), PARIS_MONTHLY_HOURLY.firstInstant());
            assertEquals(month(1, 1), PARIS_MONTHLY_HOURLY.chunkIndexOf(PARIS_MONTHLY_HOURLY.firstInstant()));
            assertEquals(month(9999, 12), UTC_MONTHLY_HOURLY.chunkIndexOf(at("9999-12-31T23:00:00Z")));
            for (Instant outside : new Instant[] {Instant.MIN, Instant.MAX, at("0000-12-31T23:00:00Z"), at("+10000-01-01T00:00:00Z"),
                    at("+200000000-01-01T00:00:00Z")}) {
                TimestampOutOfRangeException e = assertThrows(TimestampOutOfRangeException.class,
                        () -> UTC_MONTHLY_HOURLY.chunkIndexOf(outside));
                assertEquals(outside, e.timestamp());
                assertFalse(UTC_MONTHLY_HOURLY.covers(outside));
            }
        }

        @Test
        void holdsTheChunksOfTheYearsOneToNineThousandNineHundredNinetyNine() {
            assertTrue(UTC_MONTHLY_HOURLY.holdsChunk(month(1, 1)));
            assertTrue(UTC_MONTHLY_HOURLY.holdsChunk(month(9999, 12)));
            assertFalse(UTC_MONTHLY_HOURLY.holdsChunk(month(1, 1) - 1));
            assertFalse(UTC_MONTHLY_HOURLY.holdsChunk(month(10000, 1)));
            assertTrue(UTC_YEARLY_HOURLY.holdsChunk(9999));
            assertFalse(UTC_YEARLY_HOURLY.holdsChunk(0));
            assertFalse(UTC_YEARLY_HOURLY.holdsChunk(Integer.MAX_VALUE));
        }

        @Test
        void chunkStartIsLocalMidnightOfTheFirstDay() {
            assertEquals(at("2024-12-31T23:00:00Z"), PARIS_YEARLY_HOURLY.chunkStart(2025));
            assertEquals(at("2024-12-31T23:00:00Z"), PARIS_MONTHLY_HOURLY.chunkStart(month(2025, 1)));
            assertEquals(at("2025-06-30T22:00:00Z"), PARIS_MONTHLY_HOURLY.chunkStart(month(2025, 7)));
            assertEquals(at("2025-03-31T22:00:00Z"), PARIS_MONTHLY_HOURLY.chunkStart(month(2025, 4)));
            assertEquals(at("2025-01-01T00:00:00Z"), UTC_YEARLY_HOURLY.chunkStart(2025));
            assertEquals(at("2025-07-01T00:00:00Z"), UTC_MONTHLY_HOURLY.chunkStart(month(2025, 7)));
        }

        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource({
                // Europe/Paris, winter: local midnight of 1 Feb is 23:00Z on 31 Jan
                "Europe/Paris, 2025-01-31T22:59:59Z, 24300",
                "Europe/Paris, 2025-01-31T23:00:00Z, 24301",
                // Europe/Paris, summer: local midnight of 1 Jul is 22:00Z on 30 Jun
                "Europe/Paris, 2025-06-30T21:59:59Z, 24305",
                "Europe/Paris, 2025-06-30T22:00:00Z, 24306",
                // Europe/Paris, DST switch inside March: 1 Apr midnight is already CEST
                "Europe/Paris, 2025-03-31T21:59:59Z, 24302",
                "Europe/Paris, 2025-03-31T22:00:00Z, 24303",
                // Europe/Paris, year boundary
                "Europe/Paris, 2024-12-31T22:59:59Z, 24299",
                "Europe/Paris, 2024-12-31T23:00:00Z, 24300",
                // UTC
                "UTC, 2025-01-31T23:59:59Z, 24300",
                "UTC, 2025-02-01T00:00:00Z, 24301",
                "UTC, 2024-12-31T23:59:59Z, 24299",
                "UTC, 2025-01-01T00:00:00Z, 24300",
        })
        void monthBoundaryIsLocalMidnightOfTheFirst(String zone, String instant, int expectedIndex) {
            StoreGrid grid = new StoreGrid(HOUR, ZoneId.of(zone), ChunkAxis.YEAR_MONTH);

            assertEquals(expectedIndex, grid.chunkIndexOf(at(instant)));
        }

        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource({
                "Europe/Paris, 2024-12-31T22:59:59Z, 2024",
                "Europe/Paris, 2024-12-31T23:00:00Z, 2025",
                "Europe/Paris, 2025-12-31T22:59:59Z, 2025",
                "Europe/Paris, 2025-12-31T23:00:00Z, 2026",
                "UTC, 2024-12-31T23:59:59Z, 2024",
                "UTC, 2025-01-01T00:00:00Z, 2025",
        })
        void yearBoundaryIsLocalMidnightOfFirstJanuary(String zone, String instant, int expectedYear) {
            StoreGrid grid = new StoreGrid(HOUR, ZoneId.of(zone), ChunkAxis.YEAR);

            assertEquals(expectedYear, grid.chunkIndexOf(at(instant)));
        }

        @Test
        void chunkStartOfTheIndexOfAnInstantIsAtOrBeforeItAndTheNextStartIsAfterIt() {
            for (StoreGrid grid : new StoreGrid[] {PARIS_MONTHLY_HOURLY, PARIS_YEARLY_HOURLY, UTC_MONTHLY_HOURLY}) {
                for (Instant t = at("2023-12-30T00:00:00Z"); t.isBefore(at("2026-01-03T00:00:00Z")); t = t.plusSeconds(37 * 60 + 11)) {
                    int index = grid.chunkIndexOf(t);

                    assertTrue(!grid.chunkStart(index).isAfter(t), grid + " " + t);
                    assertTrue(grid.chunkStart(index + 1).isAfter(t), grid + " " + t);
                }
            }
        }
    }

    @Nested
    class ChunkLength {

        @Test
        void parisMarchHasOneHourLessAndOctoberOneHourMore() {
            assertEquals(743, PARIS_MONTHLY_HOURLY.chunkLength(month(2025, 3)));
            assertEquals(745, PARIS_MONTHLY_HOURLY.chunkLength(month(2025, 10)));
            assertEquals(744, PARIS_MONTHLY_HOURLY.chunkLength(month(2025, 1)));
            assertEquals(720, PARIS_MONTHLY_HOURLY.chunkLength(month(2025, 4)));
            assertEquals(672, PARIS_MONTHLY_HOURLY.chunkLength(month(2025, 2)));
        }

        @Test
        void parisDstMonthsAtFifteenMinutes() {
            assertEquals(743 * 4, PARIS_MONTHLY_15MIN.chunkLength(month(2025, 3)));
            assertEquals(745 * 4, PARIS_MONTHLY_15MIN.chunkLength(month(2025, 10)));
            assertEquals(744 * 4, PARIS_MONTHLY_15MIN.chunkLength(month(2025, 7)));
        }

        @Test
        void utcMonthsHoldDaysTimesTwentyFourHours() {
            for (int m = 1; m <= 12; m++) {
                for (int year : new int[] {2023, 2024, 2025}) {
                    int days = YearMonth.of(year, m).lengthOfMonth();

                    assertEquals(days * 24, UTC_MONTHLY_HOURLY.chunkLength(month(year, m)), year + "-" + m);
                    assertEquals(days * 96, new StoreGrid(QUARTER, UTC, ChunkAxis.YEAR_MONTH).chunkLength(month(year, m)));
                }
            }
        }

        @Test
        void februaryOfALeapYearHasTwentyNineDays() {
            assertEquals(29 * 24, UTC_MONTHLY_HOURLY.chunkLength(month(2024, 2)));
            assertEquals(29 * 24, PARIS_MONTHLY_HOURLY.chunkLength(month(2024, 2)));
            assertEquals(28 * 24, UTC_MONTHLY_HOURLY.chunkLength(month(2023, 2)));
        }

        @Test
        void yearsHoldTheirHoursLeapYearsIncluded() {
            assertEquals(8784, UTC_YEARLY_HOURLY.chunkLength(2024));
            assertEquals(8760, UTC_YEARLY_HOURLY.chunkLength(2023));
            assertEquals(8760, UTC_YEARLY_HOURLY.chunkLength(2025));
        }

        @Test
        void parisYearsHoldTheSameHoursBecauseDstCancelsOut() {
            assertEquals(8784, PARIS_YEARLY_HOURLY.chunkLength(2024));
            assertEquals(8760, PARIS_YEARLY_HOURLY.chunkLength(2025));
            assertEquals(8760 * 4, new StoreGrid(QUARTER, PARIS, ChunkAxis.YEAR).chunkLength(2025));
        }

        @Test
        void parisMonthsOfAYearAddUpToTheYear() {
            int sum = 0;
            for (int m = 1; m <= 12; m++) {
                sum += PARIS_MONTHLY_HOURLY.chunkLength(month(2024, m));
            }
            assertEquals(PARIS_YEARLY_HOURLY.chunkLength(2024), sum);
        }

        @Test
        void aStepThatDoesNotDivideTheChunkRoundsUpToCoverEveryGridPoint() {
            StoreGrid grid = new StoreGrid(Duration.ofSeconds(7), UTC, ChunkAxis.YEAR_MONTH);
            long seconds = 31L * 86_400; // January

            int length = grid.chunkLength(month(2025, 1));

            assertEquals(382_629, length);
            assertTrue((length - 1) * 7L < seconds && length * 7L >= seconds);
        }

        @Test
        void dailyStepInAShortDstMonthStillCountsTheLastPartialDay() {
            // March 2025 in Paris lasts 743 h: 30 full days plus 23 h, hence 31 daily points.
            assertEquals(31, new StoreGrid(Duration.ofDays(1), PARIS, ChunkAxis.YEAR_MONTH).chunkLength(month(2025, 3)));
        }
    }

    @Nested
    class OffsetInChunk {

        @Test
        void gridInstantsGiveTheirPosition() {
            int jan = month(2025, 1);

            assertEquals(0, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2024-12-31T23:00:00Z"), jan));
            assertEquals(1, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2025-01-01T00:00:00Z"), jan));
            assertEquals(743, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2025-01-31T22:00:00Z"), jan));
            assertEquals(4, PARIS_MONTHLY_15MIN.offsetInChunk(at("2025-01-01T00:00:00Z"), jan));
        }

        @Test
        void offGridInstantsGiveMinusOne() {
            int jan = month(2025, 1);

            assertEquals(-1, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2025-01-01T00:30:00Z"), jan));
            assertEquals(-1, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2025-01-01T00:00:01Z"), jan));
            assertEquals(-1, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2025-01-01T00:00:00Z").plusNanos(1), jan));
            assertEquals(-1, PARIS_MONTHLY_HOURLY.offsetInChunk(at("2024-12-31T23:00:00Z").plusMillis(999), jan));
            assertEquals(-1, PARIS_MONTHLY_15MIN.offsetInChunk(at("2025-01-01T00:05:00Z"), jan));
        }

        @Test
        void theLastGridPointOfEachChunkIsAtLengthMinusOneAndTheNextChunkStartsAtZero() {
            for (StoreGrid grid : new StoreGrid[] {PARIS_MONTHLY_HOURLY, PARIS_MONTHLY_15MIN, UTC_MONTHLY_HOURLY}) {
                for (int index = month(2024, 1); index <= month(2025, 12); index++) {
                    Instant nextStart = grid.chunkStart(index + 1);
                    Instant last = nextStart.minus(grid.step());

                    assertEquals(index, grid.chunkIndexOf(last), grid + " " + index);
                    assertEquals(grid.chunkLength(index) - 1, grid.offsetInChunk(last, index), grid + " " + index);
                    assertEquals(index + 1, grid.chunkIndexOf(nextStart), grid + " " + index);
                    assertEquals(0, grid.offsetInChunk(nextStart, index + 1), grid + " " + index);
                }
            }
        }

        @Test
        void theTwentyThreeHourSpringDayTakesConsecutiveOffsets() {
            assertDayTakesConsecutiveOffsets(PARIS_MONTHLY_HOURLY, LocalDate.of(2025, 3, 30), 23, 29 * 24);
            assertDayTakesConsecutiveOffsets(PARIS_YEARLY_HOURLY, LocalDate.of(2025, 3, 30), 23, 88 * 24);
        }

        @Test
        void theTwentyFiveHourAutumnDayTakesConsecutiveOffsets() {
            assertDayTakesConsecutiveOffsets(PARIS_MONTHLY_HOURLY, LocalDate.of(2025, 10, 26), 25, 25 * 24);
            // 2025-01-01 to 2025-10-26 is 298 days, one of them (30 March) 23 h long
            assertDayTakesConsecutiveOffsets(PARIS_YEARLY_HOURLY, LocalDate.of(2025, 10, 26), 25, 298 * 24 - 1);
        }

        @Test
        void theDstDaysAtFifteenMinutes() {
            assertDayTakesConsecutiveOffsets(PARIS_MONTHLY_15MIN, LocalDate.of(2025, 3, 30), 23 * 4, 29 * 96);
            assertDayTakesConsecutiveOffsets(PARIS_MONTHLY_15MIN, LocalDate.of(2025, 10, 26), 25 * 4, 25 * 96);
        }

        @Test
        void bothRepeatedAutumnHoursGetTheirOwnOffset() {
            Instant firstTwoOClock = ZonedDateTime.of(2025, 10, 26, 2, 0, 0, 0, PARIS).withEarlierOffsetAtOverlap().toInstant();
            Instant secondTwoOClock = ZonedDateTime.of(2025, 10, 26, 2, 0, 0, 0, PARIS).withLaterOffsetAtOverlap().toInstant();
            int oct = month(2025, 10);

            assertEquals(at("2025-10-26T00:00:00Z"), firstTwoOClock);
            assertEquals(at("2025-10-26T01:00:00Z"), secondTwoOClock);
            assertEquals(25 * 24 + 2, PARIS_MONTHLY_HOURLY.offsetInChunk(firstTwoOClock, oct));
            assertEquals(25 * 24 + 3, PARIS_MONTHLY_HOURLY.offsetInChunk(secondTwoOClock, oct));
        }

        /**
         * Walks the day hour by hour (or step by step) in absolute time from its local midnight:
         * the day holds {@code points} grid points, at offsets {@code firstOffset, firstOffset + 1, ...},
         * and the next local midnight comes right after, with no gap.
         */
        private void assertDayTakesConsecutiveOffsets(StoreGrid grid, LocalDate day, int points, int firstOffset) {
            Instant midnight = day.atStartOfDay(grid.zone()).toInstant();
            Instant nextMidnight = day.plusDays(1).atStartOfDay(grid.zone()).toInstant();
            int index = grid.chunkIndexOf(midnight);

            assertEquals(points, Duration.between(midnight, nextMidnight).dividedBy(grid.step()), "points in " + day);
            for (int k = 0; k < points; k++) {
                Instant t = midnight.plus(grid.step().multipliedBy(k));
                assertEquals(index, grid.chunkIndexOf(t), t.toString());
                assertEquals(day, t.atZone(grid.zone()).toLocalDate(), t.toString());
                assertEquals(firstOffset + k, grid.offsetInChunk(t, index), t.toString());
            }
            assertEquals(firstOffset + points, grid.offsetInChunk(nextMidnight, index));
        }
    }

    @Test
    void utcMonthStartsAreOnTheUtcHour() {
        for (int m = 1; m <= 12; m++) {
            assertEquals(localMidnight(2025, m, 1, UTC), UTC_MONTHLY_HOURLY.chunkStart(month(2025, m)));
        }
    }
}
