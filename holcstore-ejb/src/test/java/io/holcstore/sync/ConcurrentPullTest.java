package io.holcstore.sync;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncReplica;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreFixtures;
import io.holcstore.testing.PostgresStores.StoredRow;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Lossless under concurrency, seeded and bounded: writers update, replace and delete random series of a sync store,
 * committing concurrently and out of order (each holds its transaction open a random while after writing), while our
 * client and a client pulling as the reference's does pull in loops, with small pages so that pages shift between
 * requests. After the writers stop and each client pulls once more, both hold exactly the server's series, and ours
 * its every chunk row (tombstones included, the server's {@code updated_at} as upstream stamp).
 */
class ConcurrentPullTest {
    private static final Logger LOG = Logger.getLogger(ConcurrentPullTest.class.getName());
    private static final Class<? extends TimeseriesChunk> SERVER = MonthParisSyncStore.class;
    private static final Class<? extends TimeseriesChunk> OURS = MonthParisSyncMirror.class;
    private static final Class<? extends TimeseriesChunk> REFERENCE_STYLE = MonthParisSyncReplica.class;
    private static final long SEED = 20_261_129L;
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofSeconds(3);
    /**
     * Many series, each written a few times: a change a client missed is then rarely hidden by a later write of the
     * same chunk, so the final comparison sees it.
     */
    private static final List<SeriesKey> SERIES = IntStream.range(0, 80).mapToObj(i -> key(1 + i % 2, "k" + i)).toList();
    /** January to April 2025: writes land in four monthly chunks. */
    private static final int MONTHS = 4;
    private static final int BATCH = 25;
    private static final int PAGE = 50;
    /** The longest a writer holds its transaction open after writing: commits come out of stamp order. */
    private static final int MAX_HOLD_MILLIS = 200;

    private static PostgresStores db;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores();
        StoreFixtures.ALL_STORES.forEach(db::clear);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void bothClientsEndWithExactlyTheServersSeries() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        long deadline = System.nanoTime() + WRITING.toNanos();
        try (Client ours = new Client(OURS); Client referenceStyle = new Client(REFERENCE_STYLE)) {
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(SEED + w);
                writers.add(threads.submit(() -> write(random, deadline)));
            }
            Future<Integer> ourPulls = threads.submit(whileWriting(writing, () -> ours.puller.pull(SeriesKey.all(), BATCH, PAGE)));
            Future<Integer> referencePulls = threads.submit(whileWriting(writing, () -> referenceStyle.referenceClient.pull(BATCH, PAGE)));
            int writes = 0;
            for (Future<Integer> writer : writers) {
                writes += writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            int pulls = ourPulls.get(60, TimeUnit.SECONDS);
            int referenceStylePulls = referencePulls.get(60, TimeUnit.SECONDS);
            int totalWrites = writes;
            LOG.info(() -> totalWrites + " writes, " + pulls + " pulls of ours, " + referenceStylePulls + " reference-style pulls");
            assertTrue(writes > 30 && pulls >= 2 && referenceStylePulls >= 2,
                    "the run must interleave: " + writes + " writes, " + pulls + " and " + referenceStylePulls + " pulls");

            ours.puller.pull(SeriesKey.all(), BATCH, PAGE);
            referenceStyle.referenceClient.pull(BATCH, PAGE);

            for (SeriesKey key : SERIES) {
                DenseSeries expected = db.inTransaction(SERVER, s -> s.getTs(key));
                assertEquals(expected, db.inTransaction(OURS, s -> s.getTs(key)), "our client's " + key);
                assertEquals(expected, db.inTransaction(REFERENCE_STYLE, s -> s.getTs(key)), "the reference-style client's " + key);
            }
            assertEquals(rows(SERVER, StoredRow::asSource), rows(OURS, StoredRow::asImported),
                    "our client holds every chunk row of the server, tombstones included");
        } finally {
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    /** Random writes until the deadline, each in its own transaction held open a random while after writing; returns how many. */
    private static int write(Random random, long deadline) throws InterruptedException {
        int writes = 0;
        while (System.nanoTime() < deadline) {
            SeriesKey key = SERIES.get(random.nextInt(SERIES.size()));
            int kind = random.nextInt(40);
            try (OpenTransaction tx = new OpenTransaction(db, SERVER)) {
                if (kind < 22) {
                    tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.UPDATE));
                } else if (kind < 32) {
                    tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.REPLACE));
                } else if (kind < 39) {
                    tx.run(s -> s.delete(key, true));
                } else {
                    tx.run(s -> s.delete(version((Integer) key.get("version")), true));
                }
                Thread.sleep(random.nextInt(MAX_HOLD_MILLIS + 1));
                tx.commit();
            }
            writes++;
        }
        return writes;
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

    private static List<StoredRow> rows(Class<? extends TimeseriesChunk> entity, UnaryOperator<StoredRow> view) {
        return db.rows(entity).stream().map(view)
                .sorted((x, y) -> x.ref().toString().compareTo(y.ref().toString()) != 0
                        ? x.ref().toString().compareTo(y.ref().toString()) : Integer.compare(x.chunkIndex(), y.chunkIndex()))
                .toList();
    }

    /** A client store with its own connections: one for the server's answers, one for its own transactions. */
    private static final class Client implements AutoCloseable {
        private final EntityManager serverSide = db.factory().createEntityManager();
        private final EntityManager clientSide = db.factory().createEntityManager();
        private final ChunkSource server = new LocalChunkSource(new JpaTimeseriesChunkStore(serverSide, SERVER),
                new EntityManagerTransactions(serverSide));
        private final JpaTimeseriesChunkStore store;
        private final ChunkPuller puller;
        private final ReferenceStyleClient referenceClient;

        Client(Class<? extends TimeseriesChunk> entity) {
            store = new JpaTimeseriesChunkStore(clientSide, entity);
            EntityManagerTransactions transactions = new EntityManagerTransactions(clientSide);
            puller = new ChunkPuller(entity.getSimpleName(), server, store, transactions, Duration.ofSeconds(1));
            referenceClient = new ReferenceStyleClient(server, store, transactions);
        }

        @Override
        public void close() {
            serverSide.close();
            clientSide.close();
        }
    }
}
