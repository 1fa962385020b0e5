package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.PullPosition;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncReplica;
import io.holcstore.testing.MonthParisSyncSecondSource;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores.StoredRow;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.neverUpdated;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The position a store keeps per (upstream, filter): moved by that pull only, in the transaction of each pack, never
 * backwards; so that several filters and several upstreams may feed one store, and local writes hide nothing.
 */
class PullPositionTest extends StoreTestBase {
    private static final Class<? extends TimeseriesChunk> A = MonthParisSyncStore.class;
    private static final Class<? extends TimeseriesChunk> A2 = MonthParisSyncSecondSource.class;
    private static final Class<? extends TimeseriesChunk> B = MonthParisSyncMirror.class;
    private static final Class<? extends TimeseriesChunk> C = MonthParisSyncReplica.class;

    private StoreToStore aIntoB;
    private StoreToStore a2IntoB;
    private StoreToStore bIntoC;

    @BeforeEach
    void openPulls() {
        aIntoB = new StoreToStore(db, A, B);
        a2IntoB = new StoreToStore(db, A2, B);
        bIntoC = new StoreToStore(db, B, C);
    }

    @AfterEach
    void closePulls() {
        aIntoB.close();
        a2IntoB.close();
        bIntoC.close();
    }

    @Test
    void aPullMovesOnlyItsOwnPositionToTheLastChunkItListed() {
        write(A, key(1, "a"), "2025-01-30T00:00", 72);
        write(A, key(2, "a"), "2025-02-01T00:00", 24);
        write(A, key(1, "b"), "2025-03-01T00:00", 24);

        aIntoB.pull(version(1), 2, 3);

        assertEquals(Optional.of(newest(db.rows(A, "WHERE version = 1"))), position(aIntoB.upstream(), version(1)));
        assertEquals(Optional.empty(), position(aIntoB.upstream(), version(2)), "another filter");
        assertEquals(Optional.empty(), position(aIntoB.upstream(), SeriesKey.all()), "a wider filter is another filter");
        assertEquals(Optional.empty(), position(a2IntoB.upstream(), version(1)), "another upstream");
        assertEquals(Optional.empty(), db.inTransaction(C, s -> s.pullPosition(aIntoB.upstream(), version(1))), "another store");
    }

    @Test
    void aLocalWriteMovesNoPositionNorHidesAnUpstreamChange() {
        write(A, key(1, "a"), "2025-01-01T00:00", 24);
        aIntoB.pull(SeriesKey.all(), 10, 10);
        Optional<Instant> pulled = position(aIntoB.upstream(), SeriesKey.all());
        write(A, key(1, "b"), "2025-02-01T00:00", 24); // committed before the local write below, so stamped before it

        write(B, key(9, "local"), "2025-03-01T00:00", 24);

        assertEquals(pulled, position(aIntoB.upstream(), SeriesKey.all()));
        aIntoB.pull(SeriesKey.all(), 10, 10);
        assertCopy(db.rows(A), db.rows(B, "WHERE version = 1"), "the upstream change older than the local write arrived");
    }

    @Test
    void disjointFiltersPulledNewestFirstLoseNothingDownstream() {
        write(A, key(2, "a"), "2025-01-01T00:00", 48); // older changes, under version 2
        write(A, key(1, "a"), "2025-02-01T00:00", 48); // newer ones, under version 1
        aIntoB.pull(version(1), 3, 7);
        bIntoC.pull(SeriesKey.all(), 3, 7);

        aIntoB.pull(version(2), 3, 7);
        bIntoC.pull(SeriesKey.all(), 3, 7);

        assertCopy(db.rows(A), db.rows(B), "B holds both versions");
        assertCopy(db.rows(B), db.rows(C), "C, which pulled B in between, received version 2 too");
    }

    @Test
    void aSecondUpstreamIntoAStoreLosesNothingOlderThanTheFirstOnesChanges() {
        write(A2, key(3, "a"), "2025-01-01T00:00", 48); // older than anything A holds
        write(A, key(1, "a"), "2025-02-01T00:00", 48);
        aIntoB.pull(SeriesKey.all(), 3, 7);

        a2IntoB.pull(SeriesKey.all(), 3, 7);
        write(A2, key(3, "b"), "2025-03-01T00:00", 24);
        write(A, key(1, "b"), "2025-03-01T00:00", 24);
        a2IntoB.pull(SeriesKey.all(), 3, 7);
        aIntoB.pull(SeriesKey.all(), 3, 7);

        assertCopy(db.rows(A), db.rows(B, "WHERE version = 1"), "B holds A's rows");
        assertCopy(db.rows(A2), db.rows(B, "WHERE version = 3"), "B holds A2's rows");
    }

    @Test
    void aPositionNeverMovesBackwardsAndCommitsWithItsPackOnly() {
        Instant later = Instant.parse("2025-06-01T00:00:00Z");
        Instant earlier = Instant.parse("2025-05-01T00:00:00Z");
        db.run(B, s -> s.importChunks(List.of(), new PullPosition("upstream-x", version(1), later)));
        db.run(B, s -> s.importChunks(List.of(), new PullPosition("upstream-x", SeriesKey.of("version", "1"), earlier)));
        assertEquals(Optional.of(later), position("upstream-x", version(1)), "filters are compared as the store types them");

        write(A, key(1, "a"), "2025-01-01T00:00", 24);
        ChunkTransfer good = db.inTransaction(A, s -> s.exportChunks(List.of(new ChunkRef(key(1, "a"), 24300)))).get(0);
        ChunkTransfer bad = new ChunkTransfer(good.ref(), "float64", good.startTs().plusSeconds(3600), good.updatedAt(), false, good.data());
        Instant further = later.plusSeconds(60);
        assertThrows(InvalidChunkException.class,
                () -> db.run(B, s -> s.importChunks(List.of(bad), new PullPosition("upstream-x", version(1), further))));
        assertEquals(Optional.of(later), position("upstream-x", version(1)), "a pack that rolls back moves nothing");
    }

    @Test
    void aFirstPullResumesFromTheNewestUpstreamStampOnlyWhileTheStoreKeepsNoPosition() {
        write(A, key(1, "a"), "2025-01-01T00:00", 24);
        write(A, key(2, "a"), "2025-02-01T00:00", 24);
        List<ChunkTransfer> chunks = db.inTransaction(A, s -> s.exportChunks(List.of(new ChunkRef(key(1, "a"), 24300),
                new ChunkRef(key(2, "a"), 24301))));
        db.run(B, s -> s.importChunks(chunks)); // as an earlier version imported, with no position kept

        assertEquals(chunks.get(0).updatedAt(), db.inTransaction(B, s -> s.pullStart("any", version(1))));
        assertEquals(chunks.get(1).updatedAt(), db.inTransaction(B, s -> s.pullStart("any", SeriesKey.all())));
        assertEquals(neverUpdated(PARIS), db.inTransaction(B, s -> s.pullStart("any", version(3))), "nothing held under it");

        aIntoB.pull(version(2), 10, 10);
        assertEquals(chunks.get(1).updatedAt(), db.inTransaction(B, s -> s.pullStart(aIntoB.upstream(), version(2))), "its position");
        assertEquals(chunks.get(1).updatedAt(), db.inTransaction(B, s -> s.pullStart(aIntoB.upstream(), key(2, "a"))),
                "a narrower filter of the same upstream starts where the wider one's chunks stand");
        assertEquals(neverUpdated(PARIS), db.inTransaction(B, s -> s.pullStart(aIntoB.upstream(), version(1))),
                "a filter the kept position does not cover starts from the beginning");
        assertEquals(neverUpdated(PARIS), db.inTransaction(B, s -> s.pullStart("any", version(2))),
                "so does another upstream");
    }

    @Test
    void twoFirstPacksOfOnePullCommittingAtOnceBothSucceed() throws Exception {
        Instant first = Instant.parse("2025-06-01T00:00:00Z");
        Instant second = first.plusSeconds(60);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (OpenTransaction timer = new OpenTransaction(db, B); OpenTransaction manual = new OpenTransaction(db, B)) {
            timer.run(s -> s.importChunks(List.of(), new PullPosition("upstream-x", SeriesKey.all(), second)));
            Future<Integer> waiting = other.submit(() -> manual.run(s -> s.importChunks(List.of(),
                    new PullPosition("upstream-x", SeriesKey.all(), first))));

            timer.commit();
            waiting.get(30, TimeUnit.SECONDS);
            manual.commit();
        } finally {
            other.shutdown();
        }
        assertEquals(Optional.of(second), position("upstream-x", SeriesKey.all()));
    }

    // ---- fixtures ----

    private static void write(Class<? extends TimeseriesChunk> store, SeriesKey key, String localStart, int hours) {
        db.run(store, s -> s.setTs(key, ramp(paris(localStart), HOUR, hours, hours), WriteMode.UPDATE));
    }

    private static Optional<Instant> position(String upstream, SeriesKey filter) {
        return db.inTransaction(B, s -> s.pullPosition(upstream, filter));
    }

    private static Instant newest(List<StoredRow> rows) {
        assertTrue(!rows.isEmpty());
        return rows.stream().map(StoredRow::updatedAt).max(Instant::compareTo).orElseThrow();
    }
}
