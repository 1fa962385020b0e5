package io.holcstore.sync;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.sync.StoreToStore.assertSameSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.PostgresStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
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
    private static final RandomWriter.Mix MIX = new RandomWriter.Mix(12, 6, 2, 0);
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
        long deadline = System.nanoTime() + WRITING.toNanos();
        try (StoreToStore mirror = new StoreToStore(db, SOURCE, MIRROR); WritesWhilePulling run = new WritesWhilePulling()) {
            for (int w = 0; w < WRITERS; w++) {
                RandomWriter writer = new RandomWriter(db, SOURCE, SERIES, MIX, MAX_HOLD_MILLIS, new Random(SEED + w));
                run.write(() -> writer.writeUntil(deadline));
            }
            run.pullInLoop(() -> mirror.pull(SeriesKey.all(), BATCH, PAGE));
            WritesWhilePulling.Rounds rounds = run.finish(); // a failed write fails the test here
            LOG.info(() -> rounds.writes() + " writes, " + rounds.totalPulls() + " pulls");
            assertTrue(rounds.writes() > 30 && rounds.totalPulls() >= 2,
                    "the run must interleave: " + rounds.writes() + " writes, " + rounds.totalPulls() + " pulls");

            mirror.pull(SeriesKey.all(), BATCH, PAGE);

            assertCopy(db.rows(SOURCE), db.rows(MIRROR),
                    "the mirror holds every chunk row of the source, tombstones included, with the source's stamp as upstream stamp");
            assertSameSeries(db, SOURCE, MIRROR, SERIES, "the mirror's");
        }
    }
}
