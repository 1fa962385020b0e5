package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreFixtures;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.holcstore.testing.StoreFixtures.EMPTY_FRAME_LENGTH;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** delete with and without keepTracking, on the yearly Paris store. */
class ChunkStoreDeleteTest extends StoreTestBase {
    /** Two yearly chunks (2024 and 2025). */
    private static final DenseSeries TWO_YEARS = ramp(paris("2024-12-31T22:00"), HOUR, 4, 1);

    @BeforeEach
    void writeThreeSeries() {
        db.run(YearParisStore.class, s -> {
            s.setTs(key(1, "a"), TWO_YEARS, WriteMode.INSERT);
            s.setTs(key(1, "b"), TWO_YEARS, WriteMode.INSERT);
            s.setTs(key(2, "a"), TWO_YEARS, WriteMode.INSERT);
        });
        assertEquals(6, db.count(YearParisStore.class));
    }

    private int delete(SeriesKey filter, boolean keepTracking) {
        return db.inTransaction(YearParisStore.class, s -> s.delete(filter, keepTracking));
    }

    private DenseSeries get(SeriesKey key) {
        return db.inTransaction(YearParisStore.class, s -> s.getTs(key));
    }

    @Test
    void deleteKeepingTrackLeavesTombstones() {
        List<PostgresStores.StoredRow> before = db.rows(YearParisStore.class, "WHERE version = 1 AND kind = 'a'");
        Instant start = Instant.now().minusMillis(1);

        assertEquals(2, delete(key(1, "a"), true));

        List<PostgresStores.StoredRow> after = db.rows(YearParisStore.class, "WHERE version = 1 AND kind = 'a'");
        assertEquals(2, after.size(), "rows kept");
        for (int i = 0; i < 2; i++) {
            PostgresStores.StoredRow row = after.get(i);
            assertTrue(row.deleted());
            assertEquals(EMPTY_FRAME_LENGTH, row.data().length);
            assertArrayEquals(ChunkEncoding.FLOAT64.encode(new double[0]), row.data());
            assertEquals("float64", row.dtype());
            assertEquals(before.get(i).id(), row.id());
            assertEquals(before.get(i).startTs(), row.startTs());
            assertFalse(row.updatedAt().isBefore(start));
        }
        assertEmpty(get(key(1, "a")));
        assertSeries(stored(TWO_YEARS, PARIS), get(key(1, "b")));
        assertSeries(stored(TWO_YEARS, PARIS), get(key(2, "a")));
        assertEquals(6, db.count(YearParisStore.class));
        assertEquals(2, db.count(YearParisStore.class, "WHERE is_deleted"));
    }

    @Test
    void deleteKeepingTrackTwiceCountsOnlyLiveChunks() {
        assertEquals(2, delete(key(1, "a"), true));
        List<PostgresStores.StoredRow> tombstones = db.rows(YearParisStore.class, "WHERE is_deleted");

        assertEquals(0, delete(key(1, "a"), true));
        assertEquals(tombstones, db.rows(YearParisStore.class, "WHERE is_deleted"), "tombstones untouched");
        assertEquals(2, delete(version(1), true), "only (1, b) was still live");
        assertEquals(4, db.count(YearParisStore.class, "WHERE is_deleted"));
    }

    @Test
    void deleteKeepingTrackWithAPartialFilterOrTheEmptyFilter() {
        assertEquals(4, delete(SeriesKey.of("kind", "a"), true));
        assertSeries(stored(TWO_YEARS, PARIS), get(key(1, "b")));

        assertEquals(2, delete(SeriesKey.all(), true));
        assertEquals(6, db.count(YearParisStore.class, "WHERE is_deleted"));
        assertEmpty(get(key(1, "b")));
    }

    @Test
    void deleteWithoutTrackingRemovesTheRowsTombstonesIncluded() {
        assertEquals(2, delete(key(1, "a"), true));

        assertEquals(4, delete(version(1), false), "two tombstones and two live chunks");

        assertEquals(2, db.count(YearParisStore.class));
        assertEquals(List.of(key(2, "a"), key(2, "a")),
                db.rows(YearParisStore.class).stream().map(PostgresStores.StoredRow::key).toList());
        assertEmpty(get(key(1, "a")));
        assertEmpty(get(key(1, "b")));
        assertSeries(stored(TWO_YEARS, PARIS), get(key(2, "a")));
    }

    @Test
    void deleteWithoutTrackingEverything() {
        assertEquals(6, delete(SeriesKey.all(), false));
        assertEquals(0, db.count(YearParisStore.class));
        assertEquals(StoreFixtures.neverUpdated(PARIS), db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all())));
    }

    @Test
    void deleteOfNoMatchingSeriesDeletesNothing() {
        List<PostgresStores.StoredRow> before = db.rows(YearParisStore.class);

        assertEquals(0, delete(version(9), true));
        assertEquals(0, delete(key(1, "zzz"), false));

        assertEquals(before, db.rows(YearParisStore.class));
    }

    @Test
    void deletedSeriesCanBeWrittenAgainWithUpdate() {
        delete(key(1, "a"), true);
        DenseSeries again = ramp(paris("2025-03-01T00:00"), HOUR, 2, 9);

        db.run(YearParisStore.class, s -> s.setTs(key(1, "a"), again, WriteMode.UPDATE));

        assertSeries(stored(again, PARIS), get(key(1, "a")));
        assertEquals(1, db.count(YearParisStore.class, "WHERE is_deleted AND version = 1 AND kind = 'a'"), "2024 stays deleted");
    }
}
