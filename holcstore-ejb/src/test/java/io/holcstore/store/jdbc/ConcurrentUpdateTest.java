package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Concurrent UPDATE writes of one series, on PostgreSQL: none may be lost, none may fail. */
class ConcurrentUpdateTest {
    private static final int WRITERS = 4;
    private static final int ROUNDS = 15;
    private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    private static PostgresStores db;

    @BeforeAll
    static void open() {
        db = new PostgresStores();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void concurrentUpdatesOfANewSeriesAreAllKept() throws Exception {
        db.clear(YearParisStore.class);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                SeriesKey key = SeriesKey.of("version", round, "kind", "race");
                CyclicBarrier together = new CyclicBarrier(WRITERS);
                List<Future<Integer>> writes = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int hour = writer;
                    writes.add(pool.submit(() -> {
                        together.await();
                        // Each writer sets its own hour, NaN elsewhere: the merge must keep every writer's value.
                        DenseSeries one = DenseSeries.of(START.plus(Duration.ofHours(hour)), Duration.ofHours(1), 100.0 + hour);
                        return db.inTransaction(YearParisStore.class, s -> s.setTs(key, one, WriteMode.UPDATE));
                    }));
                }
                for (Future<Integer> write : writes) {
                    write.get();
                }
                DenseSeries stored = db.inTransaction(YearParisStore.class, s -> s.getTs(key));
                assertEquals(DenseSeries.of(START, Duration.ofHours(1), 100, 101, 102, 103).withZone(stored.zone()), stored,
                        "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
