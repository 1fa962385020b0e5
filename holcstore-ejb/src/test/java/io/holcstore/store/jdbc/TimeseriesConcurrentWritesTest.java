package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent writers of one series on PostgreSQL: the second waits for the first's transaction, then an INSERT gets
 * the typed already-exists error and an UPDATE merges over what the first wrote; no write is lost. The waiting is
 * observed in PostgreSQL's own view of its backends, so that the order of events is certain, not timed.
 */
class TimeseriesConcurrentWritesTest extends TimeseriesStoreTestBase {
    private static final SeriesKey KEY = SeriesKey.of("year", 2025, "kind", "race");
    private static final DenseSeries FIRST = hourly(0, 1.0);
    private static final DenseSeries SECOND = hourly(1, 2.0);

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopWriters() {
        pool.shutdownNow();
    }

    private static DenseSeries hourly(int hour, double value) {
        return DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(hour)), Duration.ofHours(1), value);
    }

    private static IndexedSeries stored() {
        return db.inTransaction(YearKindSeries.class, s -> s.getOneTs(KEY));
    }

    /** A transaction left open between calls, as a writer in flight on another connection. */
    private static final class OpenWriter implements AutoCloseable {
        private final EntityManager em = db.factory().createEntityManager();
        private final EntityTransaction tx = em.getTransaction();

        OpenWriter() {
            tx.begin();
        }

        boolean write(DenseSeries series, WriteMode mode) {
            return new JpaTimeseriesStore(em, YearKindSeries.class).setTs(KEY, series, mode);
        }

        @Override
        public void close() {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Starts a second writer in its own transaction and returns once PostgreSQL shows it waiting for a lock. */
    private Future<Boolean> secondWriterWaiting(DenseSeries series, WriteMode mode) throws InterruptedException {
        Future<Boolean> write = pool.submit(() -> db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, series, mode)));
        while (waitingForLocks() == 0) {
            assertTrue(!write.isDone(), "the second writer ended without waiting for the first");
            Thread.sleep(20);
        }
        return write;
    }

    private static long waitingForLocks() {
        return db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND wait_event_type = 'Lock'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aSecondFirstWriteWaitsForTheFirstThenGetsTheTypedError() throws Exception {
        Future<Boolean> second;
        try (OpenWriter first = new OpenWriter()) {
            assertTrue(first.write(FIRST, WriteMode.INSERT));
            second = secondWriterWaiting(SECOND, WriteMode.INSERT);
            first.tx.commit();
        }
        ExecutionException e = assertThrows(ExecutionException.class, second::get);
        assertInstanceOf(SeriesAlreadyExistsException.class, e.getCause());
        assertEquals(IndexedSeries.of(FIRST, ZoneOffset.UTC), stored());
    }

    @Test
    void aSecondUpdateOfANewSeriesWaitsThenMergesOverTheFirst() throws Exception {
        Future<Boolean> second;
        try (OpenWriter first = new OpenWriter()) {
            assertTrue(first.write(FIRST, WriteMode.UPDATE));
            second = secondWriterWaiting(SECOND, WriteMode.UPDATE);
            first.tx.commit();
        }
        assertTrue(second.get());
        assertEquals(IndexedSeries.of(DenseSeries.of(FIRST.start(), Duration.ofHours(1), 1.0, 2.0), ZoneOffset.UTC), stored());
    }

    @Test
    void aSecondUpdateOfAStoredSeriesWaitsForTheRowLockThenMerges() throws Exception {
        db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, hourly(2, 3.0)));
        Future<Boolean> second;
        try (OpenWriter first = new OpenWriter()) {
            first.write(FIRST, WriteMode.UPDATE);
            second = secondWriterWaiting(SECOND, WriteMode.UPDATE);
            first.tx.commit();
        }
        assertTrue(second.get());
        assertEquals(IndexedSeries.of(DenseSeries.of(FIRST.start(), Duration.ofHours(1), 1.0, 2.0, 3.0), ZoneOffset.UTC), stored());
    }

    @Test
    void whenTheFirstWriterRollsBackTheSecondInsertsItsSeries() throws Exception {
        Future<Boolean> second;
        try (OpenWriter first = new OpenWriter()) {
            first.write(FIRST, WriteMode.INSERT);
            second = secondWriterWaiting(SECOND, WriteMode.INSERT);
        } // rolled back
        assertTrue(second.get());
        assertEquals(IndexedSeries.of(SECOND, ZoneOffset.UTC), stored());
    }

    /**
     * Starts {@code writers} writes of one new series at once, each its own transaction: writer {@code w} writes
     * {@code 100 + w} at hour {@code w}.
     */
    private List<Future<Boolean>> racingWrites(SeriesKey key, int writers, WriteMode mode) {
        CyclicBarrier together = new CyclicBarrier(writers);
        List<Future<Boolean>> writes = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            DenseSeries own = hourly(writer, 100.0 + writer);
            writes.add(pool.submit(() -> {
                together.await();
                return db.inTransaction(YearKindSeries.class, s -> s.setTs(key, own, mode));
            }));
        }
        return writes;
    }

    @Test
    void racingUpdatesOfNewSeriesAreAllKept() throws Exception {
        int writers = 4;
        for (int round = 0; round < 10; round++) {
            SeriesKey key = SeriesKey.of("year", 3000 + round, "kind", "race");
            List<Future<Boolean>> writes = racingWrites(key, writers, WriteMode.UPDATE);
            for (Future<Boolean> write : writes) {
                assertTrue(write.get());
            }
            IndexedSeries merged = db.inTransaction(YearKindSeries.class, s -> s.getOneTs(key));
            assertEquals(IndexedSeries.of(DenseSeries.of(FIRST.start(), Duration.ofHours(1), 100, 101, 102, 103), ZoneOffset.UTC),
                    merged, "round " + round);
        }
    }

    @Test
    void ofRacingFirstWritesExactlyOneSucceedsTheOthersGetTheTypedError() throws Exception {
        int writers = 4;
        for (int round = 0; round < 10; round++) {
            SeriesKey key = SeriesKey.of("year", 4000 + round, "kind", "race");
            List<Future<Boolean>> writes = racingWrites(key, writers, WriteMode.INSERT);
            int succeeded = 0;
            for (Future<Boolean> write : writes) {
                try {
                    assertTrue(write.get());
                    succeeded++;
                } catch (ExecutionException e) {
                    assertInstanceOf(SeriesAlreadyExistsException.class, e.getCause());
                }
            }
            assertEquals(1, succeeded, "round " + round);
            assertEquals(1, db.inTransaction(YearKindSeries.class, s -> s.getOneTs(key)).size(), "round " + round);
        }
    }
}
