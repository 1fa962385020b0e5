package io.holcstore.it.store;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores.StoredRow;

/**
 * Writers of one series in separate container transactions, each on its own pooled connection: they wait for one
 * another instead of failing on the unique constraint or losing values. {@link HoldingWriter} keeps a write's
 * transaction open so that the concurrent call meets it for sure.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritersIT {

    /** Two writes of the same new series, in the same July chunk. */
    private static final DenseSeries FIRST = DenseSeries.of(utc("2024-07-01T00:00"), QUARTER, 1, 2);
    private static final DenseSeries SECOND = DenseSeries.of(utc("2024-07-01T00:15"), QUARTER, 20, 30);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("concurrent-writers")
                .entities(MonthUtcStore.class)
                .classes(MonthUtcStoreBean.class, ChunkRows.class, HoldingWriter.class)
                .fixtures()
                .maxPoolSize(12)
                .build();
    }

    @EJB
    private MonthUtcStoreBean store;
    @EJB
    private ChunkRows rows;
    @EJB
    private HoldingWriter holder;

    @BeforeEach
    void emptyStore() {
        rows.clear(List.of(MonthUtcStore.class));
    }

    @Test
    void simultaneousUpdatesOfOneNewSeriesAreAllKept() throws Exception {
        SeriesKey k = key(1, "concurrent");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                DenseSeries point = DenseSeries.of(utc("2024-07-01T00:00").plus(Duration.ofHours(i)), QUARTER, i + 1);
                done.add(pool.submit(() -> {
                    go.await();
                    return store.setTs(k, point, WriteMode.UPDATE);
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                assertEquals(1, f.get(60, TimeUnit.SECONDS), "each writer wrote the chunk once");
            }
        } finally {
            pool.shutdownNow();
        }
        DenseSeries back = store.getTs(k);
        assertEquals(utc("2024-07-01T00:00"), back.start());
        assertEquals(writers, countPresent(back));
        for (int i = 0; i < writers; i++) {
            assertEquals(i + 1, back.valueAt(i * 4), "value at " + i + ":00");
        }
        assertEquals(1, rows.rows(MonthUtcStore.class).size());
    }

    @Test
    void insertRacingAHeldInsertGetsSeriesAlreadyExists() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(k, FIRST, WriteMode.INSERT, () -> store.setTs(k, SECOND, WriteMode.INSERT));
        SeriesAlreadyExistsException e = assertInstanceOf(SeriesAlreadyExistsException.class, outcome,
                () -> "INSERT of a series another transaction is first-writing: " + outcome);
        assertEquals(k, e.key());
        assertSeries(FIRST, store.getTs(k));
        assertEquals(1, rows.rows(MonthUtcStore.class).size());
    }

    @Test
    void updateRacingAHeldInsertWaitsAndMerges() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(k, FIRST, WriteMode.INSERT, () -> store.setTs(k, SECOND, WriteMode.UPDATE));
        assertEquals(1, outcome, () -> "UPDATE of a series another transaction is first-writing: " + outcome);
        assertSeries(SECOND.combineFirst(FIRST), store.getTs(k));
        assertEquals(1, rows.rows(MonthUtcStore.class).size());
    }

    @Test
    void trackedDeleteRacingAnUpdateThatAddsAMonthLeavesNothingLive() throws Exception {
        SeriesKey k = key(1, "delete");
        store.setTs(k, FIRST, WriteMode.INSERT);
        DenseSeries august = DenseSeries.of(utc("2024-08-01T00:00"), QUARTER, 5, 6);
        // The held UPDATE creates the August chunk; the delete must wait for it, then tombstone both months.
        Object outcome = raceAgainstHeldWrite(k, august, WriteMode.UPDATE, () -> store.delete(k, true));
        assertEquals(2, outcome, () -> "delete racing an UPDATE that adds a month: " + outcome);
        assertEmpty(store.getTs(k));
        List<StoredRow> stored = rows.rows(MonthUtcStore.class);
        assertEquals(2, stored.size(), stored::toString);
        assertTrue(stored.stream().allMatch(StoredRow::deleted), () -> "both months tombstoned: " + stored);
    }

    /**
     * Runs {@code setTs(key, held, heldMode)} through {@link HoldingWriter}, which keeps its transaction open, then
     * {@code second} in another thread; checks that {@code second} waits (on a database lock) for that transaction,
     * then lets it commit. Returns what {@code second} returned, or the exception it threw.
     */
    private Object raceAgainstHeldWrite(SeriesKey key, DenseSeries held, WriteMode heldMode, Callable<Integer> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<Integer> first = pool.submit(() -> holder.setTsAndHold(key, held, heldMode, written, release));
            assertTrue(written.await(30, TimeUnit.SECONDS), "the first writer wrote");
            Future<Integer> other = pool.submit(second);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!other.isDone() && rows.lockWaiters(MonthUtcStore.class) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(other.isDone(), "the second call waits for the held transaction");
            release.countDown();
            assertEquals(1, first.get(60, TimeUnit.SECONDS), "the first writer committed its chunk");
            try {
                return other.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
