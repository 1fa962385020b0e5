package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncReplica;
import io.holcstore.testing.MonthParisSyncSecondSource;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthParisSyncTail;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain of mirrors, A → B → C → D, each hop a pull of the store before it, while writers change A (updates, replaces,
 * writes of several months sharing one stamp, deletes of one series and of a whole version) and a second upstream A2.
 * B is fed by three pulls: A under {@code version=1}, A under {@code version=2} (disjoint filters) and A2 (another
 * upstream). Every hop pulls in loops meanwhile, with packs of 3 chunks and pages of 7, so that chunks sharing a stamp
 * straddle packs and pages. After a last pull down the chain, every store holds its sources' rows, row for row.
 */
class ReplicationChainTest extends StoreTestBase {
    private static final Logger LOG = Logger.getLogger(ReplicationChainTest.class.getName());
    private static final Class<? extends TimeseriesChunk> A = MonthParisSyncStore.class;
    private static final Class<? extends TimeseriesChunk> A2 = MonthParisSyncSecondSource.class;
    private static final Class<? extends TimeseriesChunk> B = MonthParisSyncMirror.class;
    private static final Class<? extends TimeseriesChunk> C = MonthParisSyncReplica.class;
    private static final Class<? extends TimeseriesChunk> D = MonthParisSyncTail.class;
    private static final long SEED = 20_261_205L;
    private static final int BATCH = 3;
    private static final int PAGE = 7;
    /**
     * Updates and replaces of one to three months (chunks sharing one stamp), deletes of a series, and deletes of a
     * whole version (tombstones sharing one stamp).
     */
    private static final RandomWriter.Mix MIX = new RandomWriter.Mix(11, 5, 3, 1);
    private static final int WRITES_ON_A = 60;
    private static final int WRITES_ON_A2 = 20;
    private static final int MAX_HOLD_MILLIS = 10;
    /** A holds versions 1 and 2, A2 version 3: B's three pulls never overlap. */
    private static final List<SeriesKey> SERIES_OF_A = List.of(key(1, "k0"), key(1, "k1"), key(1, "k2"), key(2, "k0"), key(2, "k1"));
    private static final List<SeriesKey> SERIES_OF_A2 = List.of(key(3, "k0"), key(3, "k1"));

    @Test
    void everyStoreOfTheChainEndsWithItsSourcesRowsWhilePullsRanDuringTheWrites() throws Exception {
        try (StoreToStore aIntoB = new StoreToStore(db, A, B); StoreToStore a2IntoB = new StoreToStore(db, A2, B);
             StoreToStore bIntoC = new StoreToStore(db, B, C); StoreToStore cIntoD = new StoreToStore(db, C, D);
             WritesWhilePulling run = new WritesWhilePulling()) {
            Runnable pullB = () -> {
                aIntoB.pull(version(1), BATCH, PAGE);
                a2IntoB.pull(SeriesKey.all(), BATCH, PAGE);
                aIntoB.pull(version(2), BATCH, PAGE);
            };
            Runnable pullC = () -> bIntoC.pull(SeriesKey.all(), BATCH, PAGE);
            Runnable pullD = () -> cIntoD.pull(SeriesKey.all(), BATCH, PAGE);
            run.pullInLoop(pullB);
            run.pullInLoop(pullC);
            run.pullInLoop(pullD);
            RandomWriter writerOfA = new RandomWriter(db, A, SERIES_OF_A, MIX, MAX_HOLD_MILLIS, new Random(SEED));
            RandomWriter writerOfA2 = new RandomWriter(db, A2, SERIES_OF_A2, MIX, MAX_HOLD_MILLIS, new Random(SEED + 1));
            run.write(() -> writerOfA.write(WRITES_ON_A));
            run.write(() -> writerOfA2.write(WRITES_ON_A2));
            int pulls = run.finish().totalPulls();
            LOG.info(() -> pulls + " rounds of pulls along the chain while A and A2 were written");

            pullB.run();
            pullC.run();
            pullD.run();

            assertTrue(db.count(A, "WHERE is_deleted") > 0 && db.count(A, "WHERE NOT is_deleted") > 0, "A holds tombstones and live chunks");
            assertCopy(db.rows(A), db.rows(B, "WHERE version IN (1, 2)"), "B holds A's rows, pulled under two filters");
            assertCopy(db.rows(A2), db.rows(B, "WHERE version = 3"), "B holds A2's rows");
            assertCopy(db.rows(B), db.rows(C), "C holds B's rows");
            assertCopy(db.rows(C), db.rows(D), "D holds C's rows");
        }
    }
}
