package io.holcstore.sync;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.PostgresStores.StoredRow;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The embedded default as safe as PostgreSQL: on H2, writers update, replace and delete the same few series of a
 * sync store concurrently, committing out of order (each holds its transaction open a random while after writing),
 * while a {@link ChunkPuller} pulls it into a second store of the same H2 database in a loop, with small pages. Every
 * write succeeds (two writers creating the same chunk once failed on the unique constraint), and after one last pull
 * the mirror holds the source's every chunk row, tombstones and {@code updated_at} included (a write committed after
 * a listing that had gone past its stamp was once lost). Seeded; a few seconds.
 */
class H2ConcurrentPullTest {
    private static final Logger LOG = Logger.getLogger(H2ConcurrentPullTest.class.getName());
    private static final Class<? extends TimeseriesChunk> SOURCE = MonthParisSyncStore.class;
    private static final Class<? extends TimeseriesChunk> MIRROR = MonthParisSyncMirror.class;
    private static final long SEED = 20_261_205L;
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofSeconds(3);
    /** Few series: writers meet on the same series and create the same new chunks. */
    private static final List<SeriesKey> SERIES = IntStream.range(0, 6).mapToObj(i -> key(1 + i % 2, "k" + i)).toList();
    /** January to April 2025: writes land in four monthly chunks. */
    private static final int MONTHS = 4;
    private static final int BATCH = 10;
    private static final int PAGE = 5;
    /** The longest a writer holds its transaction open after writing: commits come out of stamp order. */
    private static final int MAX_HOLD_MILLIS = 30;

    private static PostgresStores db;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores(PostgresStores.TEST_UNIT, PostgresStores.h2Properties("holcstore-h2-concurrency"));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void concurrentWritersAllSucceedAndTheMirrorEndsWithTheSourcesEveryRow() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        long deadline = System.nanoTime() + WRITING.toNanos();
        EntityManager sourceSide = db.factory().createEntityManager();
        EntityManager mirrorSide = db.factory().createEntityManager();
        try {
            ChunkSource source = new LocalChunkSource(new JpaTimeseriesChunkStore(sourceSide, SOURCE), new EntityManagerTransactions(sourceSide));
            ChunkPuller puller = new ChunkPuller("mirror", source, new JpaTimeseriesChunkStore(mirrorSide, MIRROR),
                    new EntityManagerTransactions(mirrorSide), Duration.ofSeconds(1));
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(SEED + w);
                writers.add(threads.submit(() -> write(random, deadline)));
            }
            Future<Integer> pulls = threads.submit(whileWriting(writing, () -> puller.pull(SeriesKey.all(), BATCH, PAGE)));
            int writes = 0;
            for (Future<Integer> writer : writers) {
                writes += writer.get(60, TimeUnit.SECONDS); // a failed write fails the test here
            }
            writing.set(false);
            int pullCount = pulls.get(60, TimeUnit.SECONDS);
            int totalWrites = writes;
            LOG.info(() -> totalWrites + " writes, " + pullCount + " pulls");
            assertTrue(writes > 30 && pullCount >= 2, "the run must interleave: " + writes + " writes, " + pullCount + " pulls");

            puller.pull(SeriesKey.all(), BATCH, PAGE);

            assertEquals(rows(SOURCE).stream().map(StoredRow::asSource).toList(), rows(MIRROR).stream().map(StoredRow::asImported).toList(),
                    "the mirror holds every chunk row of the source, tombstones included, with the source's stamp as upstream stamp");
            for (SeriesKey key : SERIES) {
                DenseSeries expected = db.inTransaction(SOURCE, s -> s.getTs(key));
                assertEquals(expected, db.inTransaction(MIRROR, s -> s.getTs(key)), key.toString());
            }
        } finally {
            writing.set(false); // ends the pull loop when a writer failed
            threads.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
            sourceSide.close();
            mirrorSide.close();
        }
    }

    /** Random writes until the deadline, each in its own transaction held open a random while after writing; returns how many. */
    private static int write(Random random, long deadline) throws InterruptedException {
        int writes = 0;
        while (System.nanoTime() < deadline) {
            SeriesKey key = SERIES.get(random.nextInt(SERIES.size()));
            int kind = random.nextInt(20);
            try (OpenTransaction tx = new OpenTransaction(db, SOURCE)) {
                if (kind < 12) {
                    tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.UPDATE));
                } else if (kind < 18) {
                    tx.run(s -> s.setTs(key, randomMonths(random), WriteMode.REPLACE));
                } else {
                    tx.run(s -> s.delete(key, true));
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

    /** The store's rows without their ids (an import does not keep them), in chunk order. */
    private static List<StoredRow> rows(Class<? extends TimeseriesChunk> entity) {
        return db.rows(entity).stream().map(StoredRow::withoutId)
                .sorted(Comparator.comparing((StoredRow row) -> row.key().toString()).thenComparingInt(StoredRow::chunkIndex))
                .toList();
    }
}
