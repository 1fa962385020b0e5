package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.SingleSeriesStore;
import io.holcstore.testing.StoreFixtures;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static io.holcstore.testing.StoreFixtures.HALF_HOUR;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.NEW_YORK;
import static io.holcstore.testing.StoreFixtures.NaN;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.allNaN;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static io.holcstore.testing.StoreFixtures.withGap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** setTs then getTs on each kind of store: content, zone, step and chunk rows. */
class ChunkStoreRoundTripTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "load");

    @Test
    void yearlyParisStoreKeepsASeriesAcrossNewYear() {
        // 2024-12-31 21:00 Paris to 2025-01-01 06:00 Paris: two yearly chunks.
        DenseSeries written = withGap(ramp(Instant.parse("2024-12-31T20:00:00Z"), HOUR, 10, 1), 4, 6);

        int rows = db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, written, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(YearParisStore.class, s -> s.getTs(KEY));

        assertEquals(2, rows, "chunk rows written");
        assertEquals(2, db.count(YearParisStore.class));
        assertSeries(stored(written, PARIS), read);
        assertEquals(PARIS, read.zone());
        assertEquals(HOUR, read.step());
        assertTrue(Double.isNaN(read.valueAt(4)) && Double.isNaN(read.valueAt(5)), "the gap is kept");
        assertEquals(List.of(2024, 2025), db.chunkIndexes(YearParisStore.class));
    }

    @Test
    void yearlyParisStoreKeepsAFullLeapYear() {
        DenseSeries year = withGap(ramp(paris("2024-01-01T00:00"), HOUR, 8784, 0), 1000, 1500);

        db.run(YearParisStore.class, s -> s.setTs(KEY, year));
        DenseSeries read = db.inTransaction(YearParisStore.class, s -> s.getTs(KEY));

        assertEquals(1, db.count(YearParisStore.class), "one yearly chunk");
        assertSeries(stored(year, PARIS), read);
        assertEquals(paris("2024-12-31T23:00"), read.end());
    }

    @Test
    void monthlyUtcStoreSkipsAMonthHoldingOnlyNaN() {
        // 2024-01-31 22:00 UTC to 2024-03-01 02:00 UTC every 15 minutes, February entirely NaN.
        Instant start = utc("2024-01-31T22:00");
        int count = (int) (Duration.between(start, utc("2024-03-01T02:00")).toMinutes() / 15) + 1;
        int febFrom = (int) (Duration.between(start, utc("2024-02-01T00:00")).toMinutes() / 15);
        int marFrom = (int) (Duration.between(start, utc("2024-03-01T00:00")).toMinutes() / 15);
        DenseSeries written = withGap(ramp(start, QUARTER, count, 0.25), febFrom, marFrom);

        int rows = db.inTransaction(MonthUtcStore.class, s -> s.setTs(KEY, written, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY));

        assertEquals(2, rows);
        assertEquals(List.of(2024 * 12, 2024 * 12 + 2), db.chunkIndexes(MonthUtcStore.class), "January and March only");
        assertSeries(stored(written, UTC), read);
        assertEquals(QUARTER, read.step());
        assertEquals(UTC, read.zone());
    }

    @Test
    void monthlyParisSyncStoreKeepsASeriesWrittenWithUpdate() {
        // 2025-03-31 20:00 Paris to 2025-04-01 03:00 Paris.
        DenseSeries written = withGap(ramp(paris("2025-03-31T20:00"), HOUR, 8, 10), 2, 3);

        int rows = db.inTransaction(MonthParisSyncStore.class, s -> s.setTs(KEY, written, WriteMode.UPDATE));
        DenseSeries read = db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(KEY));

        assertEquals(2, rows);
        assertEquals(2, db.count(MonthParisSyncStore.class));
        assertSeries(stored(written, PARIS), read);
    }

    @Test
    void storeWithoutKeyFieldsHoldsOneSeries() {
        // Half-hourly over three Paris months, with a NaN gap across the February/March boundary.
        Instant start = paris("2024-01-31T12:00");
        int count = (int) (Duration.between(start, paris("2024-03-02T12:00")).toMinutes() / 30);
        int marchStart = (int) (Duration.between(start, paris("2024-03-01T00:00")).toMinutes() / 30);
        DenseSeries written = withGap(ramp(start, HALF_HOUR, count, 1), marchStart - 5, marchStart + 5);

        int rows = db.inTransaction(SingleSeriesStore.class, s -> s.setTs(SeriesKey.all(), written, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(SingleSeriesStore.class, s -> s.getTs(SeriesKey.all()));

        assertEquals(3, rows, "January, February, March");
        assertEquals(3, db.count(SingleSeriesStore.class));
        assertSeries(stored(written, PARIS), read);
        assertEquals(HALF_HOUR, read.step());
        assertTrue(db.rows(SingleSeriesStore.class).stream().allMatch(r -> r.key().isEmpty()));
    }

    @Test
    void leadingAndTrailingNaNAreNotReturned() {
        DenseSeries written = DenseSeries.of(utc("2024-05-01T00:00"), QUARTER, NaN, NaN, 1, NaN, 3, NaN);

        db.run(MonthUtcStore.class, s -> s.setTs(KEY, written, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY));

        assertSeries(DenseSeries.of(utc("2024-05-01T00:30"), QUARTER, 1, NaN, 3), read);
    }

    @Test
    void resultIsRenderedInTheStoreZoneWhateverTheInputZone() {
        DenseSeries inNewYork = DenseSeries.of(ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, NEW_YORK), HOUR, 1, 2, 3);

        db.run(YearParisStore.class, s -> s.setTs(KEY, inNewYork));
        DenseSeries read = db.inTransaction(YearParisStore.class, s -> s.getTs(KEY));

        assertEquals(PARIS, read.zone());
        assertEquals(inNewYork.start(), read.start(), "same instants");
        assertSeries(inNewYork.withZone(PARIS), read);
    }

    @Test
    void seriesOfDifferentKeysAreKeptApart() {
        DenseSeries a = ramp(paris("2024-03-01T00:00"), HOUR, 5, 1);
        DenseSeries b = ramp(paris("2024-03-01T02:00"), HOUR, 5, 100);

        db.run(YearParisStore.class, s -> {
            s.setTs(key(1, "a"), a);
            s.setTs(key(1, "b"), b);
            s.setTs(key(2, "a"), b);
        });

        assertSeries(stored(a, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "a"))));
        assertSeries(stored(b, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "b"))));
        assertSeries(stored(b, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(key(2, "a"))));
        assertEmpty(db.inTransaction(YearParisStore.class, s -> s.getTs(key(2, "b"))));
        assertEquals(3, db.count(YearParisStore.class));
    }

    @Test
    void unknownSeriesReadsEmptyInTheStoreZoneAndStep() {
        DenseSeries read = db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY));

        assertEmpty(read);
        assertEquals(QUARTER, read.step());
        assertEquals(UTC, read.zone());
    }

    // ---- all-NaN input ----

    @Test
    void allNaNInputStoresNothing() {
        DenseSeries nothing = allNaN(paris("2024-01-01T00:00"), HOUR, 48);

        assertEquals(0, (int) db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, nothing, WriteMode.INSERT)));
        assertEquals(0, (int) db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, nothing, WriteMode.UPDATE)));
        assertEquals(0, (int) db.inTransaction(YearParisStore.class, s -> s.setManyTs(Map.of(key(2, "x"), nothing))));

        assertEquals(0, db.count(YearParisStore.class));
        assertEmpty(db.inTransaction(YearParisStore.class, s -> s.getTs(KEY)));
        assertEquals(StoreFixtures.neverUpdated(PARIS), db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all())));
    }

    @Test
    void emptyInputStoresNothing() {
        DenseSeries empty = DenseSeries.empty(utc("2024-01-01T00:00"), QUARTER, UTC);

        assertEquals(0, (int) db.inTransaction(MonthUtcStore.class, s -> s.setTs(KEY, empty, WriteMode.INSERT)));
        assertEquals(0, db.count(MonthUtcStore.class));
    }

    @Test
    void allNaNChunksInsideASeriesAreNotStored() {
        // Three years of which the middle one holds only NaN.
        Instant start = paris("2023-12-31T22:00");
        int count = (int) Duration.between(start, paris("2025-01-01T02:00")).toHours();
        int from = (int) Duration.between(start, paris("2024-01-01T00:00")).toHours();
        int to = (int) Duration.between(start, paris("2025-01-01T00:00")).toHours();
        DenseSeries written = withGap(ramp(start, HOUR, count, 1), from, to);

        assertEquals(2, (int) db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, written, WriteMode.INSERT)));
        assertEquals(List.of(2023, 2025), db.chunkIndexes(YearParisStore.class));
        assertSeries(stored(written, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY)));
    }
}
