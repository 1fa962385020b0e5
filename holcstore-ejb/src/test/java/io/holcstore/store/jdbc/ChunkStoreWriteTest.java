package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static io.holcstore.testing.StoreFixtures.EMPTY_FRAME_LENGTH;
import static io.holcstore.testing.StoreFixtures.NaN;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.allNaN;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static io.holcstore.testing.StoreFixtures.withGap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** setTs in INSERT, UPDATE and REPLACE modes, one after another, on the monthly UTC store (15 minutes). */
class ChunkStoreWriteTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "load");
    private static final int JANUARY = 2024 * 12;
    private static final int FEBRUARY = JANUARY + 1;
    private static final int MARCH = JANUARY + 2;

    private int write(DenseSeries series, WriteMode mode) {
        return db.inTransaction(MonthUtcStore.class, s -> s.setTs(KEY, series, mode));
    }

    private DenseSeries read() {
        return db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY));
    }

    private static Map<Integer, PostgresStores.StoredRow> rowsByChunk() {
        return db.rows(MonthUtcStore.class).stream()
                .collect(Collectors.toMap(PostgresStores.StoredRow::chunkIndex, Function.identity()));
    }

    /** Checks what a getTs returns after INSERT a then UPDATE b: b where it has values, a elsewhere. */
    private void assertInsertThenUpdate(DenseSeries a, DenseSeries b) {
        write(a, WriteMode.INSERT);
        write(b, WriteMode.UPDATE);

        assertSeries(stored(b.combineFirst(a), UTC), read());
    }

    // ---- INSERT then UPDATE ----

    @Test
    void updateOverlappingTheStoredSeriesWinsWhereItHasValues() {
        DenseSeries a = ramp(utc("2024-01-10T00:00"), QUARTER, 20, 1);
        DenseSeries b = withGap(ramp(utc("2024-01-10T02:00"), QUARTER, 20, 100), 3, 5);

        assertInsertThenUpdate(a, b);
        DenseSeries read = read();
        assertEquals(a.start(), read.start());
        assertEquals(b.end(), read.end());
        assertEquals(a.valueAt(11), read.valueAt(11), "a where b has NaN");
        assertEquals(b.valueAt(0), read.valueAt(8), "b where both have values");
    }

    @Test
    void updateAfterTheStoredSeriesWithAGapInTheSameChunk() {
        DenseSeries a = ramp(utc("2024-01-10T00:00"), QUARTER, 8, 1);
        DenseSeries b = ramp(utc("2024-01-10T05:00"), QUARTER, 8, 100);

        assertInsertThenUpdate(a, b);
        DenseSeries read = read();
        assertEquals(28, read.size());
        assertEquals(0, countPresent(read.slice(utc("2024-01-10T02:00"), utc("2024-01-10T04:45"))), "the gap stays NaN");
        assertEquals(1, db.count(MonthUtcStore.class));
    }

    @Test
    void updateRightAfterTheStoredSeries() {
        DenseSeries a = ramp(utc("2024-01-31T22:00"), QUARTER, 8, 1);
        DenseSeries b = ramp(utc("2024-02-01T00:00"), QUARTER, 8, 100);

        assertInsertThenUpdate(a, b);
        assertEquals(16, countPresent(read()));
        assertEquals(List.of(JANUARY, FEBRUARY), db.chunkIndexes(MonthUtcStore.class));
    }

    @Test
    void updateInAnotherChunkWithAWholeChunkBetween() {
        DenseSeries a = ramp(utc("2024-01-20T00:00"), QUARTER, 10, 1);
        DenseSeries b = ramp(utc("2024-03-05T00:00"), QUARTER, 10, 100);

        assertInsertThenUpdate(a, b);
        assertEquals(List.of(JANUARY, MARCH), db.chunkIndexes(MonthUtcStore.class));
    }

    @Test
    void updateBeforeTheStoredSeriesAcrossAChunkBoundary() {
        DenseSeries a = ramp(utc("2024-02-01T01:00"), QUARTER, 10, 1);
        DenseSeries b = ramp(utc("2024-01-31T23:00"), QUARTER, 6, 100);

        assertInsertThenUpdate(a, b);
        assertEquals(List.of(JANUARY, FEBRUARY), db.chunkIndexes(MonthUtcStore.class));
    }

    @Test
    void updateWithNaNWhereTheStoredSeriesHasValuesKeepsThem() {
        DenseSeries a = ramp(utc("2024-01-10T00:00"), QUARTER, 10, 1);
        DenseSeries b = DenseSeries.of(utc("2024-01-10T00:00"), QUARTER, NaN, NaN, 42, NaN, NaN, NaN, NaN, NaN, NaN, NaN);

        assertInsertThenUpdate(a, b);
        assertArrayEquals(new double[] {1, 2, 42, 4, 5, 6, 7, 8, 9, 10}, read().values());
    }

    @Test
    void updateOfAnUnknownSeriesWritesIt() {
        DenseSeries b = ramp(utc("2024-01-10T00:00"), QUARTER, 10, 1);

        assertEquals(1, write(b, WriteMode.UPDATE));
        assertSeries(stored(b, UTC), read());
    }

    @Test
    void updateRewritesOnlyTheChunksItChanges() throws InterruptedException {
        DenseSeries a = ramp(utc("2024-01-31T20:00"), QUARTER, 32, 1); // January and February
        write(a, WriteMode.INSERT);
        Map<Integer, PostgresStores.StoredRow> before = rowsByChunk();
        Thread.sleep(5);

        // The same January values, one new February value.
        DenseSeries b = a.combineFirst(DenseSeries.of(utc("2024-02-10T00:00"), QUARTER, 7));
        int written = write(b, WriteMode.UPDATE);

        Map<Integer, PostgresStores.StoredRow> after = rowsByChunk();
        assertEquals(1, written, "only February changed");
        assertEquals(before.get(JANUARY), after.get(JANUARY), "January untouched, updated_at kept");
        assertTrue(after.get(FEBRUARY).updatedAt().isAfter(before.get(FEBRUARY).updatedAt()));
        assertEquals(before.get(FEBRUARY).id(), after.get(FEBRUARY).id(), "rewritten in place");
        assertSeries(stored(b, UTC), read());
    }

    @Test
    void updateWithNothingNewWritesNothing() throws InterruptedException {
        DenseSeries a = ramp(utc("2024-01-31T20:00"), QUARTER, 32, 1);
        write(a, WriteMode.INSERT);
        List<PostgresStores.StoredRow> before = db.rows(MonthUtcStore.class);
        Thread.sleep(5);

        assertEquals(0, write(a, WriteMode.UPDATE));
        assertEquals(0, write(a.slice(utc("2024-01-31T21:00"), utc("2024-02-01T01:00")), WriteMode.UPDATE));
        assertEquals(0, write(allNaN(utc("2024-01-31T20:00"), QUARTER, 32), WriteMode.UPDATE));
        assertEquals(before, db.rows(MonthUtcStore.class));
    }

    @Test
    void updateOverATombstoneDoesNotMergeWithTheDeletedValues() {
        write(ramp(utc("2024-01-10T00:00"), QUARTER, 10, 1), WriteMode.INSERT);
        db.run(MonthUtcStore.class, s -> s.delete(KEY, true));
        DenseSeries b = ramp(utc("2024-01-10T01:00"), QUARTER, 4, 100);

        write(b, WriteMode.UPDATE);

        assertSeries(stored(b, UTC), read());
        assertEquals(1, db.count(MonthUtcStore.class), "the tombstone row is revived");
        assertEquals(0, db.count(MonthUtcStore.class, "WHERE is_deleted"));
    }

    // ---- REPLACE ----

    @Test
    void replaceByAShorterSeriesKeepsOnlyTheNewSeriesAndTombstonesTheRest() throws InterruptedException {
        DenseSeries a = ramp(utc("2024-01-20T00:00"), QUARTER, 4 * 24 * 50, 1); // January 20 to March 9
        write(a, WriteMode.INSERT);
        Map<Integer, PostgresStores.StoredRow> before = rowsByChunk();
        assertEquals(3, before.size());
        Thread.sleep(5);

        DenseSeries b = ramp(utc("2024-02-10T00:00"), QUARTER, 8, 100);
        int written = write(b, WriteMode.REPLACE);

        assertEquals(3, written, "February rewritten, January and March tombstoned");
        assertSeries(stored(b, UTC), read());
        Map<Integer, PostgresStores.StoredRow> after = rowsByChunk();
        assertEquals(before.keySet(), after.keySet(), "no row removed");
        for (int tombstone : List.of(JANUARY, MARCH)) {
            PostgresStores.StoredRow row = after.get(tombstone);
            assertTrue(row.deleted(), "chunk " + tombstone + " is a tombstone");
            assertEquals(EMPTY_FRAME_LENGTH, row.data().length);
            assertArrayEquals(ChunkEncoding.FLOAT64.encode(new double[0]), row.data());
            assertEquals(before.get(tombstone).id(), row.id());
            assertEquals(before.get(tombstone).startTs(), row.startTs());
            assertTrue(row.updatedAt().isAfter(before.get(tombstone).updatedAt()));
        }
        assertFalse(after.get(FEBRUARY).deleted());
        assertEquals(0, db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY, utc("2024-01-01T00:00"), utc("2024-01-31T23:45"))).size());
        assertEquals(0, db.inTransaction(MonthUtcStore.class, s -> s.getTs(KEY, utc("2024-03-01T00:00"), null, false)).size(),
                "the March tombstone is not read, even keeping NaN bounds");
    }

    @Test
    void replaceWithinTheSameChunkDropsTheOldValuesOfThatChunk() {
        write(ramp(utc("2024-01-10T00:00"), QUARTER, 10, 1), WriteMode.INSERT);
        DenseSeries b = DenseSeries.of(utc("2024-01-10T01:00"), QUARTER, 100, NaN, 102);

        write(b, WriteMode.REPLACE);

        assertSeries(stored(b, UTC), read());
        assertEquals(0, db.count(MonthUtcStore.class, "WHERE is_deleted"));
    }

    @Test
    void replaceRevivesTombstonesItCoversAndLeavesOtherTombstonesAlone() throws InterruptedException {
        write(ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1), WriteMode.INSERT); // January, February
        write(ramp(utc("2024-02-10T00:00"), QUARTER, 4, 50), WriteMode.REPLACE); // January tombstoned
        PostgresStores.StoredRow januaryTombstone = rowsByChunk().get(JANUARY);
        assertTrue(januaryTombstone.deleted());
        Thread.sleep(5);

        // Replacing again with a February series: the January tombstone is not rewritten.
        write(ramp(utc("2024-02-11T00:00"), QUARTER, 4, 60), WriteMode.REPLACE);
        assertEquals(januaryTombstone, rowsByChunk().get(JANUARY));

        // Replacing with a January series revives the tombstone and buries February.
        DenseSeries january = ramp(utc("2024-01-05T00:00"), QUARTER, 4, 70);
        write(january, WriteMode.REPLACE);
        Map<Integer, PostgresStores.StoredRow> rows = rowsByChunk();
        assertFalse(rows.get(JANUARY).deleted());
        assertEquals(januaryTombstone.id(), rows.get(JANUARY).id());
        assertTrue(rows.get(FEBRUARY).deleted());
        assertSeries(stored(january, UTC), read());
    }

    @Test
    void replaceWithOnlyNaNOrNothingWritesNothing() {
        // An upstream outage sending NaN must not wipe the series on every client: delete does that.
        DenseSeries first = ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1);
        write(first, WriteMode.INSERT);
        List<PostgresStores.StoredRow> before = db.rows(MonthUtcStore.class);

        assertEquals(0, write(allNaN(utc("2024-01-31T23:00"), QUARTER, 8), WriteMode.REPLACE));
        assertEquals(0, write(DenseSeries.empty(utc("2024-01-31T23:00"), QUARTER, UTC), WriteMode.REPLACE));

        assertEquals(before, db.rows(MonthUtcStore.class));
        assertSeries(stored(first, UTC), read());
    }

    // ---- INSERT over stored series ----

    @Test
    void insertOverAStoredSeriesIsRefusedAndChangesNothing() {
        DenseSeries a = ramp(utc("2024-01-10T00:00"), QUARTER, 10, 1);
        write(a, WriteMode.INSERT);
        List<PostgresStores.StoredRow> before = db.rows(MonthUtcStore.class);

        SeriesAlreadyExistsException overlapping = assertThrows(SeriesAlreadyExistsException.class,
                () -> write(ramp(utc("2024-01-10T00:00"), QUARTER, 10, 100), WriteMode.INSERT));
        SeriesAlreadyExistsException elsewhere = assertThrows(SeriesAlreadyExistsException.class,
                () -> write(ramp(utc("2024-06-10T00:00"), QUARTER, 10, 100), WriteMode.INSERT));

        assertEquals(KEY, overlapping.key());
        assertEquals(KEY, elsewhere.key());
        assertMentions(overlapping.getMessage(), "MonthUtcStore", "kind=load", "version=1");
        assertEquals(before, db.rows(MonthUtcStore.class));
        assertSeries(stored(a, UTC), read());
    }

    @Test
    void insertAfterADeleteKeepingTrackRevivesTheTombstones() throws InterruptedException {
        write(ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1), WriteMode.INSERT); // January, February
        db.run(MonthUtcStore.class, s -> s.delete(KEY, true));
        Map<Integer, PostgresStores.StoredRow> tombstones = rowsByChunk();
        assertTrue(tombstones.values().stream().allMatch(PostgresStores.StoredRow::deleted));
        Thread.sleep(5);

        DenseSeries revived = ramp(utc("2024-02-05T00:00"), QUARTER, 8, 100); // February
        DenseSeries withMarch = revived.combineFirst(ramp(utc("2024-03-01T00:00"), QUARTER, 2, 200));
        int written = write(withMarch, WriteMode.INSERT);

        Map<Integer, PostgresStores.StoredRow> rows = rowsByChunk();
        assertEquals(2, written);
        assertEquals(List.of(JANUARY, FEBRUARY, MARCH), rows.keySet().stream().sorted().toList());
        assertTrue(rows.get(JANUARY).deleted(), "January not covered: still a tombstone");
        assertFalse(rows.get(FEBRUARY).deleted());
        assertEquals(tombstones.get(FEBRUARY).id(), rows.get(FEBRUARY).id(), "the tombstone row is reused");
        assertNotEquals(tombstones.get(FEBRUARY).updatedAt(), rows.get(FEBRUARY).updatedAt());
        assertFalse(rows.get(MARCH).deleted());
        assertSeries(stored(withMarch, UTC), read());
    }

    @Test
    void insertWritesRowsWithTheChunkStartAndFloat64Dtype() {
        DenseSeries a = ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1);
        Instant before = Instant.now().minusMillis(1);

        write(a, WriteMode.INSERT);

        Map<Integer, PostgresStores.StoredRow> rows = rowsByChunk();
        assertEquals(utc("2024-01-01T00:00"), rows.get(JANUARY).startTs());
        assertEquals(utc("2024-02-01T00:00"), rows.get(FEBRUARY).startTs());
        for (PostgresStores.StoredRow row : rows.values()) {
            assertEquals("float64", row.dtype());
            assertFalse(row.deleted());
            assertFalse(row.updatedAt().isBefore(before));
            assertEquals(KEY, row.key());
        }
        assertEquals(rows.get(JANUARY).updatedAt(), rows.get(FEBRUARY).updatedAt(), "one write, one updated_at");
        double[] january = ChunkEncoding.FLOAT64.decode(rows.get(JANUARY).data());
        assertEquals(31 * 96, january.length, "a full January of quarter hours");
        assertEquals(1.0, january[31 * 96 - 4]);
        assertEquals(5.0, ChunkEncoding.FLOAT64.decode(rows.get(FEBRUARY).data())[0]);
    }
}
