package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SingleSeriesStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static io.holcstore.testing.StoreFixtures.HALF_HOUR;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.NaN;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Irregular and local-time input, off-grid instants, and the DST days of Europe/Paris. */
class ChunkStoreInputFormsTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "a");

    private DenseSeries readYearParis() {
        return db.inTransaction(YearParisStore.class, s -> s.getTs(KEY));
    }

    private static IrregularSeries irregular(Instant[] instants, double... values) {
        return IrregularSeries.of(instants, values);
    }

    private static LocalSeries local(String[] dateTimes, double... values) {
        LocalDateTime[] local = new LocalDateTime[dateTimes.length];
        for (int i = 0; i < local.length; i++) {
            local[i] = LocalDateTime.parse(dateTimes[i]);
        }
        return LocalSeries.of(local, values);
    }

    // ---- irregular and local input ----

    @Test
    void irregularSeriesInAnyOrderIsStoredOnTheGrid() {
        IrregularSeries shuffled = irregular(new Instant[] {
                paris("2025-01-01T01:00"), paris("2024-12-31T22:00"), paris("2025-01-01T00:00"), paris("2024-12-31T20:00")},
                4, 2, 3, 1);

        int rows = db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, shuffled, WriteMode.INSERT));

        assertEquals(2, rows);
        assertSeries(DenseSeries.of(paris("2024-12-31T20:00"), HOUR, PARIS, 1, NaN, 2, NaN, 3, 4), readYearParis());
    }

    @Test
    void irregularSeriesWithNaNValuesStoresTheOthers() {
        IrregularSeries withNaN = irregular(new Instant[] {
                paris("2024-05-01T03:00"), paris("2024-05-01T00:00"), paris("2024-05-01T01:00"), paris("2023-05-01T00:00")},
                3, NaN, 1, NaN);

        assertEquals(1, (int) db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, withNaN, WriteMode.INSERT)),
                "2023 holds only NaN: not stored");
        assertSeries(DenseSeries.of(paris("2024-05-01T01:00"), HOUR, PARIS, 1, NaN, 3), readYearParis());
    }

    @Test
    void irregularSeriesUpdatesADenseOne() {
        db.run(MonthUtcStore.class, s -> s.setTs(KEY, ramp(utc("2024-02-29T23:00"), QUARTER, 6, 1), WriteMode.INSERT));

        db.run(MonthUtcStore.class, s -> s.setTs(KEY,
                irregular(new Instant[] {utc("2024-03-01T00:15"), utc("2024-02-29T22:45")}, 50, 40), WriteMode.UPDATE));

        assertSeries(DenseSeries.of(utc("2024-02-29T22:45"), QUARTER, UTC, 40, 1, 2, 3, 4, 5, 50),
                db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY)));
    }

    @Test
    void localSeriesIsReadInTheStoreZone() {
        LocalSeries summerAndWinter = local(new String[] {"2024-07-01T00:00", "2024-01-15T12:00", "2024-07-01T01:00"}, 7, 1, 8);

        db.run(YearParisStore.class, s -> s.setTs(KEY, summerAndWinter, WriteMode.INSERT));

        DenseSeries read = readYearParis();
        assertEquals(Instant.parse("2024-01-15T11:00:00Z"), read.start(), "winter: UTC+1");
        assertEquals(Instant.parse("2024-06-30T23:00:00Z"), read.end(), "summer: UTC+2");
        assertEquals(3, countPresent(read));
        assertEquals(7, read.slice(Instant.parse("2024-06-30T22:00:00Z"), Instant.parse("2024-06-30T22:00:00Z")).valueAt(0));
    }

    @Test
    void localSeriesInAUtcStoreIsReadAsUtc() {
        LocalSeries local = local(new String[] {"2024-03-31T01:00", "2024-03-31T01:15"}, 1, 2);

        db.run(MonthUtcStore.class, s -> s.setTs(KEY, local, WriteMode.INSERT));

        assertSeries(DenseSeries.of(utc("2024-03-31T01:00"), QUARTER, UTC, 1, 2),
                db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY)));
    }

    @Test
    void localSeriesWithATimeTheAutumnChangeRepeatsIsRefusedAndNothingIsWritten() {
        // 2025-10-26 02:00 happens twice in Paris: at 00:00Z (+02:00), then at 01:00Z (+01:00).
        LocalSeries local = local(new String[] {"2025-10-26T01:00", "2025-10-26T02:00", "2025-10-26T03:00"}, 1, 2, 3);

        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class,
                () -> db.run(YearParisStore.class, s -> s.setTs(KEY, local, WriteMode.INSERT)));

        assertMentions(e.getMessage(), "2025-10-26T02:00", "ambiguous", "Europe/Paris");
        assertEquals(0, db.count(YearParisStore.class));
    }

    @Test
    void localSeriesWithATimeTheSpringChangeSkipsIsRefusedAndNothingIsWritten() {
        // 2024-03-31 02:00 does not exist in Paris; it was once stored silently at 03:00+02:00.
        LocalSeries local = local(new String[] {"2024-03-31T01:00", "2024-03-31T02:00"}, 1, 2);

        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class,
                () -> db.run(YearParisStore.class, s -> s.setTs(KEY, local, WriteMode.INSERT)));

        assertMentions(e.getMessage(), "2024-03-31T02:00", "does not exist");
        assertEquals(0, db.count(YearParisStore.class));
    }

    @Test
    void sameInstantTwiceIsRefusedAndNothingIsWritten() {
        Instant at = paris("2024-05-01T00:00");
        DuplicateTimestampException e = assertThrows(DuplicateTimestampException.class, () -> db.run(YearParisStore.class,
                s -> s.setTs(KEY, irregular(new Instant[] {at, paris("2024-05-01T01:00"), at}, 1, 2, 3), WriteMode.INSERT)));

        assertMentions(e.getMessage(), at.toString());
        assertEquals(0, db.count(YearParisStore.class));
    }

    // ---- off-grid instants ----

    private OffGridTimestampException offGrid(Class<? extends TimeseriesChunk> store, Series series, WriteMode mode) {
        List<PostgresStores.StoredRow> before = db.rows(store);
        OffGridTimestampException e = assertThrows(OffGridTimestampException.class,
                () -> db.run(store, s -> s.setTs(KEY, series, mode)));
        assertEquals(before, db.rows(store), "nothing written");
        assertMentions(e.getMessage(), e.timestamp().toString());
        return e;
    }

    @Test
    void offGridInstantOfAnIrregularSeriesIsNamed() {
        Instant bad = paris("2024-05-01T01:30");
        IrregularSeries series = irregular(new Instant[] {
                paris("2024-05-01T03:00"), paris("2024-05-01T00:00"), bad, paris("2024-05-01T02:00")}, 1, 2, 3, 4);

        assertEquals(bad, offGrid(YearParisStore.class, series, WriteMode.INSERT).timestamp());
    }

    @Test
    void firstOfSeveralOffGridInstantsIsNamed() {
        Instant first = utc("2024-05-01T00:05");
        IrregularSeries series = irregular(new Instant[] {utc("2024-05-01T00:00"), first, utc("2024-05-01T00:30"), utc("2024-05-01T00:50")},
                1, 2, 3, 4);

        assertEquals(first, offGrid(MonthUtcStore.class, series, WriteMode.INSERT).timestamp());
    }

    @Test
    void offGridByLessThanASecondIsRefused() {
        Instant bad = paris("2024-05-01T01:00").plusNanos(1);
        IrregularSeries series = irregular(new Instant[] {paris("2024-05-01T00:00"), bad}, 1, 2);

        assertEquals(bad, offGrid(YearParisStore.class, series, WriteMode.INSERT).timestamp());
    }

    @Test
    void denseSeriesWithAFinerStepNamesItsFirstPointBetweenGridPoints() {
        DenseSeries halfHourly = ramp(paris("2024-05-01T00:00"), HALF_HOUR, 6, 1);

        assertEquals(paris("2024-05-01T00:30"), offGrid(YearParisStore.class, halfHourly, WriteMode.INSERT).timestamp());
    }

    @Test
    void denseSeriesStartingOffTheGridNamesItsStart() {
        DenseSeries shifted = ramp(paris("2024-05-01T00:30"), HOUR, 6, 1);
        DenseSeries shiftedUtc = ramp(utc("2024-05-01T00:05"), QUARTER, 6, 1);

        assertEquals(paris("2024-05-01T00:30"), offGrid(YearParisStore.class, shifted, WriteMode.INSERT).timestamp());
        assertEquals(utc("2024-05-01T00:05"), offGrid(MonthUtcStore.class, shiftedUtc, WriteMode.INSERT).timestamp());
    }

    @Test
    void denseSeriesWithACoarserStepOnTheGridIsAccepted() {
        DenseSeries twoHourly = ramp(paris("2024-05-01T00:00"), HOUR.multipliedBy(2), 3, 1);

        db.run(YearParisStore.class, s -> s.setTs(KEY, twoHourly, WriteMode.INSERT));

        assertSeries(DenseSeries.of(paris("2024-05-01T00:00"), HOUR, PARIS, 1, NaN, 2, NaN, 3), readYearParis());
    }

    @Test
    void offGridLocalTimeIsNamedInTheStoreZone() {
        LocalSeries local = local(new String[] {"2024-05-01T00:00", "2024-05-01T10:30"}, 1, 2);

        assertEquals(paris("2024-05-01T10:30"), offGrid(YearParisStore.class, local, WriteMode.INSERT).timestamp());
    }

    @Test
    void offGridUpdateLeavesTheStoredSeriesAlone() {
        DenseSeries stored = ramp(paris("2024-05-01T00:00"), HOUR, 6, 1);
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, stored, WriteMode.UPDATE));

        Instant bad = paris("2024-06-01T00:45");
        IrregularSeries update = irregular(new Instant[] {paris("2024-05-01T02:00"), bad}, 100, 200);

        assertEquals(bad, offGrid(MonthParisSyncStore.class, update, WriteMode.UPDATE).timestamp());
        assertEquals(bad, offGrid(MonthParisSyncStore.class, update, WriteMode.REPLACE).timestamp());
        assertSeries(stored(stored, PARIS), db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(KEY)));
    }

    // ---- DST days in Europe/Paris ----

    private static List<LocalTime> localHours(DenseSeries series) {
        List<LocalTime> hours = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            hours.add(series.instantAt(i).atZone(PARIS).toLocalTime());
        }
        return hours;
    }

    /**
     * Writes the Paris day {@code date} hour by hour, {@code hours} points up to the local midnight of
     * {@code nextDate}, reads that day back, checks it against what was written and returns its local hours.
     */
    private static List<LocalTime> writeAndReadDay(String date, String nextDate, int hours) {
        DenseSeries day = ramp(paris(date + "T00:00"), HOUR, hours, 1);
        assertEquals(paris(nextDate + "T00:00"), day.end().plus(HOUR), hours + " hours to the next local midnight");

        db.run(YearParisStore.class, s -> s.setTs(KEY, day, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(YearParisStore.class,
                s -> s.getTs(KEY, paris(date + "T00:00"), paris(nextDate + "T00:00").minusSeconds(1)));

        assertEquals(hours, read.size());
        assertSeries(stored(day, PARIS), read);
        return localHours(read);
    }

    @Test
    void springForwardDayHas23HourlyPoints() {
        List<LocalTime> hours = writeAndReadDay("2025-03-30", "2025-03-31", 23);

        assertEquals(LocalTime.of(1, 0), hours.get(1));
        assertEquals(LocalTime.of(3, 0), hours.get(2), "02:00 does not exist that day");
        assertEquals(LocalTime.of(23, 0), hours.get(22));
    }

    @Test
    void fallBackDayHas25HourlyPoints() {
        List<LocalTime> hours = writeAndReadDay("2025-10-26", "2025-10-27", 25);

        assertEquals(List.of(LocalTime.of(1, 0), LocalTime.of(2, 0), LocalTime.of(2, 0), LocalTime.of(3, 0)), hours.subList(1, 5),
                "02:00 happens twice");
        assertEquals(LocalTime.of(23, 0), hours.get(24));
    }

    @Test
    void dstMonthsHave743And745HourlyPointsInMonthlyChunks() {
        DenseSeries march = ramp(paris("2025-03-01T00:00"), HOUR, 743, 1);
        DenseSeries october = ramp(paris("2025-10-01T00:00"), HOUR, 745, 1000);
        assertEquals(paris("2025-04-01T00:00"), march.end().plus(HOUR));
        assertEquals(paris("2025-11-01T00:00"), october.end().plus(HOUR));

        db.run(MonthParisSyncStore.class, s -> {
            s.setTs(key(1, "march"), march, WriteMode.UPDATE);
            s.setTs(key(1, "october"), october, WriteMode.UPDATE);
        });

        assertEquals(1, db.count(MonthParisSyncStore.class, "WHERE kind = 'march'"), "exactly one monthly chunk");
        assertEquals(1, db.count(MonthParisSyncStore.class, "WHERE kind = 'october'"));
        assertEquals(743, ChunkEncoding.FLOAT64.decode(db.rows(MonthParisSyncStore.class, "WHERE kind = 'march'").get(0).data()).length);
        assertEquals(745, ChunkEncoding.FLOAT64.decode(db.rows(MonthParisSyncStore.class, "WHERE kind = 'october'").get(0).data()).length);
        assertSeries(stored(march, PARIS), db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(key(1, "march"))));
        assertSeries(stored(october, PARIS), db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(key(1, "october"))));
    }

    @Test
    void dstDaysInTheHalfHourlyStore() {
        DenseSeries springDay = ramp(paris("2025-03-30T00:00"), HALF_HOUR, 46, 1);
        DenseSeries autumnDay = ramp(paris("2025-10-26T00:00"), HALF_HOUR, 50, 100);

        db.run(SingleSeriesStore.class, s -> s.setTs(SeriesKey.all(), springDay.combineFirst(autumnDay), WriteMode.INSERT));

        DenseSeries spring = db.inTransaction(SingleSeriesStore.class,
                s -> s.getTs(SeriesKey.all(), paris("2025-03-30T00:00"), paris("2025-03-30T23:59")));
        DenseSeries autumn = db.inTransaction(SingleSeriesStore.class,
                s -> s.getTs(SeriesKey.all(), paris("2025-10-26T00:00"), paris("2025-10-26T23:59")));
        assertSeries(stored(springDay, PARIS), spring);
        assertSeries(stored(autumnDay, PARIS), autumn);
        assertEquals(2, db.count(SingleSeriesStore.class));
    }
}
