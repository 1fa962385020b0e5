package io.holcstore.sync;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.sync.StoreToStore.assertSameSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncReplica;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Lossless under concurrency, seeded and bounded: writers update, replace and delete random series of a sync store,
 * committing concurrently and out of order (each holds its transaction open a random while after writing), while our
 * client and a client pulling as the reference's does pull in loops, with small pages so that pages shift between
 * requests. After the writers stop and each client pulls once more, both hold exactly the server's series, and ours
 * its every chunk row (tombstones included, the server's {@code updated_at} as upstream stamp).
 */
class ConcurrentPullTest extends StoreTestBase {
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
    private static final RandomWriter.Mix MIX = new RandomWriter.Mix(22, 10, 7, 1);
    private static final int BATCH = 25;
    private static final int PAGE = 50;
    /** The longest a writer holds its transaction open after writing: commits come out of stamp order. */
    private static final int MAX_HOLD_MILLIS = 200;

    @Test
    void bothClientsEndWithExactlyTheServersSeries() throws Exception {
        long deadline = System.nanoTime() + WRITING.toNanos();
        try (StoreToStore ours = new StoreToStore(db, SERVER, OURS);
             StoreToStore referenceStyle = new StoreToStore(db, SERVER, REFERENCE_STYLE);
             WritesWhilePulling run = new WritesWhilePulling()) {
            ReferenceStyleClient referenceClient = referenceStyle.referenceStyleClient();
            for (int w = 0; w < WRITERS; w++) {
                RandomWriter writer = new RandomWriter(db, SERVER, SERIES, MIX, MAX_HOLD_MILLIS, new Random(SEED + w));
                run.write(() -> writer.writeUntil(deadline));
            }
            run.pullInLoop(() -> ours.pull(SeriesKey.all(), BATCH, PAGE));
            run.pullInLoop(() -> referenceClient.pull(BATCH, PAGE));
            WritesWhilePulling.Rounds rounds = run.finish();
            int pulls = rounds.pulls().get(0);
            int referenceStylePulls = rounds.pulls().get(1);
            LOG.info(() -> rounds.writes() + " writes, " + pulls + " pulls of ours, " + referenceStylePulls + " reference-style pulls");
            assertTrue(rounds.writes() > 30 && pulls >= 2 && referenceStylePulls >= 2,
                    "the run must interleave: " + rounds.writes() + " writes, " + pulls + " and " + referenceStylePulls + " pulls");

            ours.pull(SeriesKey.all(), BATCH, PAGE);
            referenceClient.pull(BATCH, PAGE);

            assertSameSeries(db, SERVER, OURS, SERIES, "our client's");
            assertSameSeries(db, SERVER, REFERENCE_STYLE, SERIES, "the reference-style client's");
            assertCopy(db.rows(SERVER), db.rows(OURS), "our client holds every chunk row of the server, tombstones included");
        }
    }
}
