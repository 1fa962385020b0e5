package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncReplica;
import io.holcstore.testing.MonthParisSyncSecondSource;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthParisSyncTail;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain of mirrors, A → B → C → D, each hop a pull of the store before it, while writers change A (updates, replaces,
 * writes of several months sharing one stamp, deletes of one series and of a whole version) and a second upstream A2.
 * B is fed by three pulls: A under {@code version=1}, A under {@code version=2} (disjoint filters) and A2 (another
 * upstream). Every hop pulls in loops meanwhile, with packs of 3 chunks and pages of 7, so that chunks sharing a stamp
 * straddle packs and pages. After a last pull down the chain, every store holds its sources' rows, row for row.
 */
class ReplicationChainTest {
    private static final Logger LOG = Logger.getLogger(ReplicationChainTest.class.getName());
    private static final Class<? extends TimeseriesChunk> A = MonthParisSyncStore.class;
    private static final Class<? extends TimeseriesChunk> A2 = MonthParisSyncSecondSource.class;
    private static final Class<? extends TimeseriesChunk> B = MonthParisSyncMirror.class;
    private static final Class<? extends TimeseriesChunk> C = MonthParisSyncReplica.class;
    private static final Class<? extends TimeseriesChunk> D = MonthParisSyncTail.class;
    private static final long SEED = 20_261_205L;
    private static final int BATCH = 3;
    private static final int PAGE = 7;
    /** January to April 2025. */
    private static final int MONTHS = 4;
    private static final int WRITES_ON_A = 60;
    private static final int WRITES_ON_A2 = 20;
    private static final int MAX_HOLD_MILLIS = 10;
    /** A holds versions 1 and 2, A2 version 3: B's three pulls never overlap. */
    private static final List<SeriesKey> SERIES_OF_A = List.of(key(1, "k0"), key(1, "k1"), key(1, "k2"), key(2, "k0"), key(2, "k1"));
    private static final List<SeriesKey> SERIES_OF_A2 = List.of(key(3, "k0"), key(3, "k1"));

    private static PostgresStores db;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void emptyStores() {
        StoreFixtures.ALL_STORES.forEach(db::clear);
    }

    @Test
    void everyStoreOfTheChainEndsWithItsSourcesRowsWhilePullsRanDuringTheWrites() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (StoreToStore aIntoB = new StoreToStore(db, A, B); StoreToStore a2IntoB = new StoreToStore(db, A2, B);
             StoreToStore bIntoC = new StoreToStore(db, B, C); StoreToStore cIntoD = new StoreToStore(db, C, D)) {
            Runnable pullB = () -> {
                aIntoB.pull(version(1), BATCH, PAGE);
                a2IntoB.pull(SeriesKey.all(), BATCH, PAGE);
                aIntoB.pull(version(2), BATCH, PAGE);
            };
            Runnable pullC = () -> bIntoC.pull(SeriesKey.all(), BATCH, PAGE);
            Runnable pullD = () -> cIntoD.pull(SeriesKey.all(), BATCH, PAGE);
            Future<Integer> pullsOfB = threads.submit(whileWriting(writing, pullB));
            Future<Integer> pullsOfC = threads.submit(whileWriting(writing, pullC));
            Future<Integer> pullsOfD = threads.submit(whileWriting(writing, pullD));
            Future<?> writerOfA = threads.submit(writer(A, SERIES_OF_A, WRITES_ON_A, new Random(SEED)));
            Future<?> writerOfA2 = threads.submit(writer(A2, SERIES_OF_A2, WRITES_ON_A2, new Random(SEED + 1)));
            try {
                writerOfA.get(120, TimeUnit.SECONDS);
                writerOfA2.get(120, TimeUnit.SECONDS);
            } finally {
                writing.set(false);
            }
            int pulls = pullsOfB.get(60, TimeUnit.SECONDS) + pullsOfC.get(60, TimeUnit.SECONDS) + pullsOfD.get(60, TimeUnit.SECONDS);
            LOG.info(() -> pulls + " rounds of pulls along the chain while A and A2 were written");

            pullB.run();
            pullC.run();
            pullD.run();

            assertTrue(db.count(A, "WHERE is_deleted") > 0 && db.count(A, "WHERE NOT is_deleted") > 0, "A holds tombstones and live chunks");
            assertCopy(db.rows(A), db.rows(B, "WHERE version IN (1, 2)"), "B holds A's rows, pulled under two filters");
            assertCopy(db.rows(A2), db.rows(B, "WHERE version = 3"), "B holds A2's rows");
            assertCopy(db.rows(B), db.rows(C), "C holds B's rows");
            assertCopy(db.rows(C), db.rows(D), "D holds C's rows");
        } finally {
            writing.set(false);
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    /**
     * {@code writes} random writes on {@code store}, each in its own transaction held open a random while after writing
     * (a write in flight): updates and replaces of one to three months (chunks sharing one stamp), deletes of a series,
     * and deletes of a whole version (tombstones sharing one stamp).
     */
    private static Callable<Void> writer(Class<? extends TimeseriesChunk> store, List<SeriesKey> series, int writes, Random random) {
        return () -> {
            for (int w = 0; w < writes; w++) {
                SeriesKey key = series.get(random.nextInt(series.size()));
                int kind = random.nextInt(20);
                try (OpenTransaction tx = new OpenTransaction(db, store)) {
                    if (kind < 11) {
                        tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.UPDATE));
                    } else if (kind < 16) {
                        tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.REPLACE));
                    } else if (kind < 19) {
                        tx.run(s -> s.delete(key, true));
                    } else {
                        tx.run(s -> s.delete(version((Integer) key.get("version")), true));
                    }
                    Thread.sleep(random.nextInt(MAX_HOLD_MILLIS + 1));
                    tx.commit();
                }
            }
            return null;
        };
    }

    /** One to three whole months within January to April 2025, hourly, with values unique to this write. */
    private static DenseSeries randomMonths(Random random) {
        int first = random.nextInt(MONTHS);
        int months = 1 + random.nextInt(Math.min(3, MONTHS - first));
        String start = String.format("2025-%02d-01T00:00", first + 1);
        String end = String.format("2025-%02d-01T00:00", first + months + 1);
        int hours = (int) Duration.between(paris(start), paris(end)).toHours();
        return ramp(paris(start), HOUR, hours, random.nextInt(1_000_000));
    }

    private static Callable<Integer> whileWriting(AtomicBoolean writing, Runnable pull) {
        return () -> {
            int pulls = 0;
            while (writing.get()) {
                pull.run();
                pulls++;
            }
            return pulls;
        };
    }
}
