package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSeriesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static LocalDateTime local(String text) {
        return LocalDateTime.parse(text);
    }

    private static LocalSeries series(double[] values, String... dateTimes) {
        LocalDateTime[] parsed = new LocalDateTime[dateTimes.length];
        for (int i = 0; i < dateTimes.length; i++) {
            parsed[i] = local(dateTimes[i]);
        }
        return LocalSeries.of(parsed, values);
    }

    @Test
    void inZoneReadsEachDateTimeInThatZone() {
        LocalSeries series = series(new double[] {1, 2}, "2025-01-15T00:00", "2025-07-15T00:00");

        IrregularSeries paris = series.inZone(PARIS);
        IrregularSeries utc = series.inZone(UTC);

        assertEquals(Instant.parse("2025-01-14T23:00:00Z"), paris.instantAt(0)); // CET, UTC+1
        assertEquals(Instant.parse("2025-07-14T22:00:00Z"), paris.instantAt(1)); // CEST, UTC+2
        assertEquals(Instant.parse("2025-01-15T00:00:00Z"), utc.instantAt(0));
        assertEquals(1, paris.valueAt(0));
        assertEquals(2, paris.valueAt(1));
        assertEquals(2, series.size());
    }

    @Test
    void inZoneKeepsTheOrderAndNaN() {
        LocalSeries series = series(new double[] {Double.NaN, 5}, "2025-02-01T10:00", "2025-01-01T10:00");

        IrregularSeries read = series.inZone(UTC);

        assertEquals(IrregularSeries.of(
                new Instant[] {Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-01-01T10:00:00Z")},
                new double[] {Double.NaN, 5}), read);
    }

    @Test
    void ambiguousFallBackTimeIsATypedErrorNamingIt() {
        // 2025-10-26 in Paris: 02:00-03:00 local happens twice (CEST then CET).
        LocalSeries series = series(new double[] {1, 2}, "2025-10-26T01:30", "2025-10-26T02:30");

        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class, () -> series.inZone(PARIS));

        assertEquals(local("2025-10-26T02:30"), e.localTime());
        assertTrue(e.getMessage().contains("2025-10-26T02:30") && e.getMessage().contains("ambiguous"), e.getMessage());
    }

    @Test
    void nonExistentSpringForwardTimeIsATypedErrorNamingIt() {
        // 2025-03-30 in Paris: 02:00-03:00 local does not exist.
        LocalSeries series = series(new double[] {1}, "2025-03-30T02:30");

        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class, () -> series.inZone(PARIS));

        assertEquals(local("2025-03-30T02:30"), e.localTime());
        assertTrue(e.getMessage().contains("2025-03-30T02:30") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void timesAroundTheTransitionsAreReadUnambiguously() {
        IrregularSeries read = series(new double[] {1, 2, 3, 4},
                "2025-03-30T01:45", "2025-03-30T03:00", "2025-10-26T01:45", "2025-10-26T03:00").inZone(PARIS);

        assertEquals(Instant.parse("2025-03-30T00:45:00Z"), read.instantAt(0));
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), read.instantAt(1));
        assertEquals(Instant.parse("2025-10-25T23:45:00Z"), read.instantAt(2));
        assertEquals(Instant.parse("2025-10-26T02:00:00Z"), read.instantAt(3));
    }

    @Test
    void copiesTheCallersArrays() {
        LocalDateTime[] dateTimes = {local("2025-01-01T00:00")};
        double[] values = {1};
        LocalSeries series = LocalSeries.of(dateTimes, values);

        dateTimes[0] = local("2030-01-01T00:00");
        values[0] = 99;

        assertEquals(series(new double[] {1}, "2025-01-01T00:00"), series);
    }

    @Test
    void lengthMismatchIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> series(new double[] {1, 2}, "2025-01-01T00:00"));

        assertTrue(e.getMessage().contains("1 date-times, 2 values"), e.getMessage());
    }

    @Test
    void nullDateTimeIsRefused() {
        assertThrows(NullPointerException.class,
                () -> LocalSeries.of(new LocalDateTime[] {null}, new double[] {1}));
    }

    @Test
    void equalityComparesDateTimesAndValuesWithNaNEqualToNaN() {
        LocalSeries a = series(new double[] {Double.NaN}, "2025-01-01T00:00");

        assertEquals(a, series(new double[] {Double.NaN}, "2025-01-01T00:00"));
        assertEquals(a.hashCode(), series(new double[] {Double.NaN}, "2025-01-01T00:00").hashCode());
        assertNotEquals(a, series(new double[] {Double.NaN}, "2025-01-01T01:00"));
        assertNotEquals(a, series(new double[] {0}, "2025-01-01T00:00"));
    }

    @Test
    void toStringGivesTheSize() {
        assertEquals("LocalSeries[size=0]", LocalSeries.of(new LocalDateTime[0], new double[0]).toString());
    }
}
