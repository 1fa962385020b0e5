package io.holcstore.store.jdbc;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
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

        CompletableFuture<Object> delete = whileHolding(MonthParisSyncStore.class, s -> s.setTs(KEY, FEBRUARY, WriteMode.UPDATE),
                () -> db.inTransaction(MonthParisSyncStore.class, s -> s.delete(deleteFilter, true)));

        assertEquals(2, delete.get(10, TimeUnit.SECONDS), "both months tombstoned");
        assertEmpty(db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(KEY)));
        assertEquals(2, db.count(MonthParisSyncStore.class, "WHERE is_deleted"));
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
    void aSetManyTsRacingAHeldSetManyTsOfTheSameSeriesFindsItStored() throws Exception {
        Map<SeriesKey, DenseSeries> both = Map.of(key(1, "a"), JANUARY, key(2, "a"), JANUARY);
        CompletableFuture<Object> second = whileHolding(YearParisStore.class, s -> s.setManyTs(both),
                () -> db.inTransaction(YearParisStore.class, s -> s.setManyTs(Map.of(key(3, "a"), FEBRUARY, key(2, "a"), FEBRUARY))));

        ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
        assertEquals(SeriesAlreadyExistsException.class, e.getCause().getClass());
        assertEquals(key(2, "a"), ((SeriesAlreadyExistsException) e.getCause()).key());
        assertEquals(2, db.count(YearParisStore.class), "the second bulk write wrote nothing");
    }

    @Test
    void anUpdateRacingAHeldSetManyTsWaitsThenMerges() throws Exception {
        CompletableFuture<Object> update = whileHolding(YearParisStore.class, s -> s.setManyTs(Map.of(KEY, JANUARY)),
                () -> db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, FEBRUARY, WriteMode.UPDATE)));

        assertEquals(1, update.get(10, TimeUnit.SECONDS));
        assertSeries(JANUARY.combineFirst(FEBRUARY).withZone(PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY)));
    }

    /**
     * Runs {@code first} in a transaction kept open while {@code second} starts in another thread; checks
     * that {@code second} waits for it, then commits {@code first} and returns {@code second}'s outcome.
     */
    private static CompletableFuture<Object> whileHolding(Class<? extends TimeseriesChunk> store,
                                                          Function<JpaTimeseriesChunkStore, ?> first, Supplier<?> second) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> db.inTransaction(store, s -> {
            Object result = first.apply(s);
            written.countDown();
            await(release);
            return result;
        }));
        assertTrue(written.await(10, TimeUnit.SECONDS), "the first writer wrote");
        CompletableFuture<Object> racing = CompletableFuture.supplyAsync(second::get);
        Thread.sleep(300); // time enough for the second writer to finish, were it not waiting
        assertFalse(racing.isDone(), "the second writer waits for the first");
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        return racing;
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
    void writesDeletesAndListingsWorkUnderReadUncommittedWhichPostgresRunsAsReadCommitted() {
        assertEquals(1, (int) atIsolation("READ UNCOMMITTED", s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE)));
        assertEquals(1, atIsolation("READ UNCOMMITTED",
                s -> s.listUpdates(java.time.Instant.EPOCH, SeriesKey.all(), 10, null)).updates().size());
        assertEquals(1, (int) atIsolation("READ UNCOMMITTED", s -> s.delete(KEY, true)));
        assertEquals(1, db.count(MonthParisSyncStore.class, "WHERE is_deleted"));
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
