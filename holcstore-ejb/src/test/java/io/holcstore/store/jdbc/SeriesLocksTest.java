package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.utc;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How writers of one series serialise on PostgreSQL: deletes wait for writers, a bulk write takes a
 * bounded number of locks however many series it writes, and writes refuse isolation levels under
 * which they could not see what the writer before them committed.
 */
class SeriesLocksTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "a");
    private static final DenseSeries JANUARY = ramp(paris("2024-01-01T00:00"), HOUR, 24, 1);
    private static final DenseSeries FEBRUARY = ramp(paris("2024-02-01T00:00"), HOUR, 24, 100);

    @Test
    void aTrackedDeleteWaitsForAnUpdateAddingAChunkAndTombstonesItToo() throws Exception {
        assertDeleteWaitsForTheWriter(KEY);
    }

    @Test
    void aTrackedDeleteByPartialFilterWaitsForAnUpdateOfAMatchingSeries() throws Exception {
        assertDeleteWaitsForTheWriter(version(1));
    }

    /**
     * An UPDATE adds February to a series holding January and keeps its transaction open; a tracked
     * delete started meanwhile must wait for it, then tombstone both months (it once tombstoned January
     * only, leaving February live).
     */
    private void assertDeleteWaitsForTheWriter(SeriesKey deleteFilter) throws Exception {
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> holding(s -> {
            int rows = s.setTs(KEY, FEBRUARY, WriteMode.UPDATE);
            written.countDown();
            await(release);
            return rows;
        }));
        assertTrue(written.await(10, TimeUnit.SECONDS), "the writer wrote February");
        CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(
                () -> db.inTransaction(MonthParisSyncStore.class, s -> s.delete(deleteFilter, true)));
        Thread.sleep(300); // time enough for the delete to run, were it not waiting
        assertFalse(delete.isDone(), "the delete waits for the writer of the series");

        release.countDown();
        assertEquals(1, writer.get(10, TimeUnit.SECONDS));
        assertEquals(2, delete.get(10, TimeUnit.SECONDS), "both months tombstoned");
        assertEmpty(db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(KEY)));
        assertEquals(2, db.count(MonthParisSyncStore.class, "WHERE is_deleted"));
    }

    /** Runs {@code work} on the sync store in a transaction of its own, committed when it returns. */
    private static <T> T holding(Function<JpaTimeseriesChunkStore, T> work) {
        return db.inTransaction(MonthParisSyncStore.class, work);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void setManyTsOfAHundredThousandSeriesHoldsABoundedNumberOfLocks() {
        // One advisory lock per series made 20 000 series exhaust the default lock table (max_locks_per_transaction = 64).
        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        DenseSeries onePoint = DenseSeries.of(utc("2024-01-01T00:00"), QUARTER, 1.0);
        for (int i = 0; i < 100_000; i++) {
            many.put(key(i, "bulk"), onePoint);
        }
        long locks = db.inTransaction(MonthUtcStore.class, (store, connection) -> {
            assertEquals(100_000, store.setManyTs(many));
            return advisoryLocksHeld(connection);
        });

        assertTrue(locks <= 256, "advisory locks held: " + locks);
        assertEquals(100_000, db.count(MonthUtcStore.class));
        assertSeries(onePoint.withZone(UTC), db.inTransaction(MonthUtcStore.class, s -> s.getTs(key(99_999, "bulk"))));
    }

    private static long advisoryLocksHeld(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void writesUnderRepeatableReadOrSerializableAreRefusedNamingTheLevelAndWriteNothing() {
        for (String level : new String[] {"REPEATABLE READ", "SERIALIZABLE"}) {
            UnsupportedIsolationException e = assertThrows(UnsupportedIsolationException.class,
                    () -> atIsolation(level, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE)));
            assertMentions(e.getMessage(), level, "READ COMMITTED");
            assertThrows(UnsupportedIsolationException.class, () -> atIsolation(level, s -> s.delete(KEY, true)));
        }
        assertEquals(0, db.count(MonthParisSyncStore.class));
    }

    @Test
    void readsWorkUnderRepeatableRead() {
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE));

        DenseSeries read = atIsolation("REPEATABLE READ", s -> s.getTs(KEY));

        assertEquals(24, read.size());
    }

    /** Runs {@code work} in a transaction set to {@code level} by its first statement; rolls back if it throws. */
    private static <T> T atIsolation(String level, Function<JpaTimeseriesChunkStore, T> work) {
        return db.inTransaction(MonthParisSyncStore.class, (store, connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL " + level);
            }
            return work.apply(store);
        });
    }
}
