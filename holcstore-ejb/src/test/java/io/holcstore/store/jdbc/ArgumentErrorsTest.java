package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.grid.TimestampOutOfRangeException;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arguments a store cannot take are typed {@link io.holcstore.HolcStoreException}s naming the argument,
 * raised before anything is written (they were NPEs, IllegalArgumentExceptions and DateTimeExceptions,
 * and a null write mode overwrote without merging).
 */
class ArgumentErrorsTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "a");
    private static final DenseSeries DAY = ramp(paris("2024-01-01T00:00"), HOUR, 24, 1);

    @Test
    void aNullWriteModeIsRefusedAndWritesNothing() {
        db.run(YearParisStore.class, s -> s.setTs(KEY, DAY, WriteMode.INSERT));

        assertArgument("mode", () -> db.run(YearParisStore.class, s -> s.setTs(KEY, ramp(paris("2024-01-01T00:00"), HOUR, 2, 50), null)));
        // on a sync store, a null mode once bypassed the refusal of INSERT
        assertArgument("mode", () -> db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, DAY, null)));

        assertSeries(stored(DAY, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY)));
        assertEquals(0, db.count(MonthParisSyncStore.class));
    }

    @Test
    void nullKeysSeriesFiltersAndSinceAreNamed() {
        assertArgument("key", () -> db.run(YearParisStore.class, s -> s.setTs(null, DAY, WriteMode.UPDATE)));
        assertArgument("series", () -> db.run(YearParisStore.class, s -> s.setTs(KEY, null, WriteMode.UPDATE)));
        assertArgument("seriesByKey", () -> db.run(YearParisStore.class, s -> s.setManyTs(null)));
        assertArgument("key", () -> db.run(YearParisStore.class, s -> s.getTs(null)));
        assertArgument("filter", () -> db.run(YearParisStore.class, s -> s.delete(null, true)));
        assertArgument("filter", () -> db.run(YearParisStore.class, s -> s.lastUpdatedAt(null)));
        assertArgument("filter", () -> db.run(YearParisStore.class, s -> s.getMaxHorodate(null)));
        assertArgument("consumer", () -> db.run(YearParisStore.class, s -> s.yieldManyTs(SeriesKey.all(), null, null, true, null)));
        assertArgument("since", () -> db.run(MonthParisSyncStore.class, s -> s.listUpdates(null, SeriesKey.all(), 10, 0)));
        assertArgument("since", () -> db.run(MonthParisSyncStore.class, s -> s.listUpdates(null, SeriesKey.all(), 10, null)));
        assertArgument("refs", () -> db.run(MonthParisSyncStore.class, s -> s.exportChunks(null)));
        assertArgument("chunks", () -> db.run(MonthParisSyncStore.class, s -> s.importChunks(null)));
        assertEquals(0, db.count(YearParisStore.class));
    }

    @Test
    void listingsTakeAnyLimitUpToIntegerMaxValue() {
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, DAY, WriteMode.UPDATE));

        UpdatesListing byPosition = db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), Integer.MAX_VALUE, null));
        UpdatesListing byOffset = db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), Integer.MAX_VALUE, 0));

        assertEquals(1, byPosition.updates().size());
        assertEquals(byPosition.updates(), byOffset.updates());
        assertTrue(byPosition.next().isEmpty());
        assertArgument("limit", () -> db.run(MonthParisSyncStore.class, s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 0, null)));
    }

    @Test
    void listingInstantsOutsideTheYearsOneToNineThousandNineHundredNinetyNineAreNamed() {
        Instant[] outside = {Instant.MIN, Instant.MAX, Instant.parse("+300000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z")};
        for (Instant instant : outside) {
            assertArgument("since", () -> db.run(MonthParisSyncStore.class, s -> s.listUpdates(instant, SeriesKey.all(), 10, null)));
            assertArgument("since", () -> db.run(MonthParisSyncStore.class, s -> s.listUpdates(instant, SeriesKey.all(), 10, 0)));
            assertArgument("after", () -> db.run(MonthParisSyncStore.class,
                    s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, new UpdatePosition(instant, 1))));
        }
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");
        assertEquals(0, db.inTransaction(MonthParisSyncStore.class, s -> s.listUpdates(first, SeriesKey.all(), 10, null)).count());
        assertEquals(0, db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(first, SeriesKey.all(), 10, new UpdatePosition(last, Long.MAX_VALUE))).updates().size());
    }

    @Test
    void keysWithNullOrUnpairedPartsAreInvalidKeys() {
        assertMentions(assertThrows(InvalidKeyException.class, () -> SeriesKey.of("version", null)).getMessage(), "'version'", "null");
        assertMentions(assertThrows(InvalidKeyException.class, () -> SeriesKey.of("version")).getMessage(), "pairs");
        assertMentions(assertThrows(InvalidKeyException.class, () -> SeriesKey.of("version", 1, "version", 2)).getMessage(), "twice");
    }

    @Test
    void windowsBoundedByTheFarthestInstantsReadLikeOpenWindows() {
        db.run(YearParisStore.class, s -> s.setTs(KEY, DAY, WriteMode.INSERT));

        assertSeries(stored(DAY, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, Instant.MIN, Instant.MAX)));
        assertEmpty(db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, Instant.MAX, Instant.MAX)));
        assertEmpty(db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, Instant.MIN, Instant.MIN)));
        assertEquals(1L, (long) db.inTransaction(YearParisStore.class, s -> s.yieldManyTs(SeriesKey.all(), Instant.MIN, Instant.MAX, true, k -> { })));
    }

    @Test
    void aFarYearIsOutOfRangeNotOffGrid() {
        // year * 12 + month overflowed int for years beyond 178 956 970, and such instants were reported as off-grid
        Instant far = Instant.parse("+200000000-01-01T00:00:00Z");
        TimestampOutOfRangeException e = assertThrows(TimestampOutOfRangeException.class, () -> db.run(MonthUtcStore.class,
                s -> s.setTs(KEY, DenseSeries.of(far, QUARTER, 1.0), WriteMode.INSERT)));

        assertEquals(far, e.timestamp());
        assertMentions(e.getMessage(), far.toString(), "outside the years");
        assertThrows(TimestampOutOfRangeException.class, () -> db.run(MonthUtcStore.class,
                s -> s.setTs(KEY, DenseSeries.of(Instant.parse("9999-12-31T23:45:00Z").plusSeconds(900), QUARTER, 1.0), WriteMode.INSERT)));
        assertEquals(0, db.count(MonthUtcStore.class));
    }

    @Test
    void anImportedChunkIndexOutsideTheStoresYearsIsAnInvalidChunk() {
        byte[] empty = ChunkEncoding.FLOAT64.encode(new double[0]);
        for (int index : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 10_000 * 12, -1}) {
            ChunkTransfer chunk = new ChunkTransfer(new ChunkRef(KEY, index), "float64", Instant.EPOCH, Instant.EPOCH, true, empty);
            InvalidChunkException e = assertThrows(InvalidChunkException.class,
                    () -> db.run(MonthParisSyncStore.class, s -> s.importChunks(List.of(chunk))));
            assertMentions(e.getMessage(), "chunk index " + index, "outside the years");
        }
        assertEquals(0, db.count(MonthParisSyncStore.class));
    }

    private static void assertArgument(String argument, Executable call) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, call);
        assertEquals(argument, e.argument(), e.getMessage());
        assertMentions(e.getMessage(), "'" + argument + "'");
    }
}
