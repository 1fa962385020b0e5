package io.holcstore.store.jdbc;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The listing of updates cannot be overtaken: writes in flight hold it back until they commit, stamps come from the
 * database's clock once the locks are held, and pages resume after their last row.
 */
class LosslessListingTest extends StoreTestBase {
    private static final DenseSeries JANUARY = ramp(paris("2025-01-01T00:00"), HOUR, 24, 1);
    private static final DenseSeries FEBRUARY = ramp(paris("2025-02-01T00:00"), HOUR, 24, 100);

    private static UpdatesListing list(Instant since, int limit, UpdatePosition after) {
        return db.inTransaction(MonthParisSyncStore.class, s -> s.listUpdates(since, SeriesKey.all(), limit, after));
    }

    private static List<ChunkUpdate> listAll(Instant since) {
        return list(since, 1000, null).updates();
    }

    private static void write(SeriesKey key, DenseSeries series) {
        db.run(MonthParisSyncStore.class, s -> s.setTs(key, series, WriteMode.UPDATE));
    }

    @Test
    void aWriterStampedFirstAndCommittingLastIsListedToAClientThatListedInBetween() throws InterruptedException {
        write(key(1, "c"), JANUARY);
        Thread.sleep(5); // marks are milliseconds: the write in flight starts in a later one
        Instant cursor;
        try (OpenTransaction slow = new OpenTransaction(db, MonthParisSyncStore.class)) {
            slow.run(s -> s.setTs(key(1, "a"), JANUARY, WriteMode.UPDATE));
            Instant slowStamp = slow.run(s -> s.lastUpdatedAt(key(1, "a")));
            write(key(2, "b"), JANUARY);

            List<ChunkUpdate> between = listAll(Instant.EPOCH);

            assertEquals(List.of(key(1, "c")), between.stream().map(ChunkUpdate::key).toList(),
                    "the write committed after the one in flight waits for it");
            cursor = between.get(0).updatedAt();
            slow.commit();
            List<ChunkUpdate> after = listAll(cursor);
            assertEquals(List.of(key(1, "c"), key(1, "a"), key(2, "b")), after.stream().map(ChunkUpdate::key).toList(),
                    "a client resuming at its newest updated_at gets both, in stamp order");
            assertEquals(slowStamp, after.get(1).updatedAt());
        }
    }

    @Test
    void aTrackedDeleteWaitingForAWriterIsStampedAfterIt() throws Exception {
        write(key(1, "a"), JANUARY);
        Instant writerStamp;
        CompletableFuture<Integer> delete;
        try (OpenTransaction writer = new OpenTransaction(db, MonthParisSyncStore.class)) {
            writer.run(s -> s.setTs(key(1, "a"), FEBRUARY, WriteMode.UPDATE));
            writerStamp = writer.run(s -> s.lastUpdatedAt(key(1, "a")));
            delete = CompletableFuture.supplyAsync(() -> db.inTransaction(MonthParisSyncStore.class, s -> s.delete(key(1, "a"), true)));
            Thread.sleep(300);
            assertFalse(delete.isDone(), "the delete waits for the writer of its series");
            writer.commit();
        }
        assertEquals(2, delete.get(10, TimeUnit.SECONDS));

        List<ChunkUpdate> tombstones = listAll(Instant.EPOCH);
        assertEquals(2, tombstones.size());
        for (ChunkUpdate tombstone : tombstones) {
            assertTrue(tombstone.deleted());
            assertTrue(tombstone.updatedAt().isAfter(writerStamp),
                    "a client holding the writer's chunks must see the delete as newer: " + tombstone.updatedAt() + " vs " + writerStamp);
        }
    }

    @Test
    void stampsComeFromTheDatabaseClockOnceTheLocksAreHeld() {
        Instant before = db.jdbc(connection -> databaseClock(connection));
        write(key(1, "a"), JANUARY);
        Instant after = db.jdbc(connection -> databaseClock(connection));

        Instant stamp = listAll(Instant.EPOCH).get(0).updatedAt();

        assertTrue(!stamp.isBefore(before) && !stamp.isAfter(after), before + " <= " + stamp + " <= " + after);
    }

    private static Instant databaseClock(java.sql.Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    @Test
    void pagesResumeAfterTheirLastRowSoARewriteBetweenPagesSkipsNothing() {
        for (String kind : List.of("a", "b", "c")) {
            write(key(1, kind), JANUARY.combineFirst(FEBRUARY));
        }
        List<ChunkRef> listedAtFirst = listAll(Instant.EPOCH).stream().map(ChunkUpdate::ref).toList();
        assertEquals(6, listedAtFirst.size());

        UpdatesListing first = list(Instant.EPOCH, 2, null);
        write(key(1, "a"), ramp(paris("2025-01-01T00:00"), HOUR, 24, 500)); // moves a listed chunk to the end
        List<ChunkRef> walked = new ArrayList<>(first.updates().stream().map(ChunkUpdate::ref).toList());
        for (UpdatesListing page = first; page.next().isPresent(); ) {
            page = list(Instant.EPOCH, 2, page.next().get());
            page.updates().forEach(u -> walked.add(u.ref()));
        }

        assertTrue(walked.containsAll(listedAtFirst), "every chunk listed at the start is walked: " + walked);
        assertEquals(new ChunkRef(key(1, "a"), listedAtFirst.get(0).chunkIndex()), walked.get(walked.size() - 1),
                "the rewritten chunk comes again, last");
        assertEquals(6, first.count());
    }

    @Test
    void anImportInFlightHoldsBackTheListingFromItsOwnStamp() {
        Instant old = Instant.parse("2020-06-01T00:00:00Z");
        ChunkTransfer imported;
        write(key(9, "source"), JANUARY);
        imported = db.inTransaction(MonthParisSyncStore.class, s -> s.exportChunks(List.of(new ChunkRef(key(9, "source"), 24300))).get(0));
        ChunkTransfer oldCopy = new ChunkTransfer(new ChunkRef(key(1, "a"), 24300), imported.dtype(), imported.startTs(), old,
                false, imported.data());
        try (OpenTransaction pull = new OpenTransaction(db, MonthParisSyncMirror.class)) {
            pull.run(s -> s.importChunks(List.of(oldCopy)));
            db.run(MonthParisSyncMirror.class, s -> s.setTs(key(2, "local"), JANUARY, WriteMode.UPDATE));

            assertEquals(List.of(), mirrorUpdates(), "the local write, stamped after the import's chunks, waits for the import");
            pull.commit();
        }
        List<ChunkUpdate> listed = mirrorUpdates();
        assertEquals(List.of(key(1, "a"), key(2, "local")), listed.stream().map(ChunkUpdate::key).toList());
        assertTrue(listed.get(0).updatedAt().isAfter(old), "an import is stamped by the store's clock");
        assertEquals(old, db.rows(MonthParisSyncMirror.class, "WHERE kind = 'a'").get(0).upstreamUpdatedAt(),
                "the stamp it brings is kept as upstream stamp");
    }

    private static List<ChunkUpdate> mirrorUpdates() {
        return db.inTransaction(MonthParisSyncMirror.class, s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 100, null)).updates();
    }

    @Test
    void aTransactionOfFiftyThousandSyncWritesHoldsOneMarkAndAnotherSessionStillWrites() {
        // One mark per call's millisecond once filled PostgreSQL's shared lock table ("out of shared memory") after
        // some 30 000 calls, failing this transaction and every other session's writes with it.
        long marks = db.inTransaction(MonthParisSyncStore.class, (store, connection) -> {
            store.setTs(key(1, "a"), JANUARY, WriteMode.UPDATE);
            for (int call = 1; call < 50_000; call++) {
                store.setTs(key(1 + call % 2, "a"), JANUARY, WriteMode.UPDATE);
            }
            db.run(MonthParisSyncMirror.class, other -> other.setTs(key(3, "other"), FEBRUARY, WriteMode.UPDATE));
            return inFlightMarksHeld(connection);
        });

        assertEquals(1, marks, "in-flight marks held by the transaction");
        assertEquals(List.of(key(1, "a"), key(2, "a")), listAll(Instant.EPOCH).stream().map(ChunkUpdate::key).toList());
        assertEquals(List.of(key(3, "other")), mirrorUpdates().stream().map(ChunkUpdate::key).toList());
    }

    /** The shared advisory locks of this session: the in-flight marks (series locks are exclusive). */
    private static long inFlightMarksHeld(java.sql.Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND mode = 'ShareLock' AND pid = pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aListingUnderAStricterIsolationLevelIsRefused() {
        write(key(1, "a"), JANUARY);
        for (String level : new String[] {"REPEATABLE READ", "SERIALIZABLE"}) {
            UnsupportedIsolationException e = assertThrows(UnsupportedIsolationException.class,
                    () -> db.inTransaction(MonthParisSyncStore.class, (store, connection) -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SET TRANSACTION ISOLATION LEVEL " + level);
                        }
                        return store.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, null);
                    }));
            assertTrue(e.getMessage().toLowerCase().contains(level.toLowerCase()), e.getMessage());
        }
    }
}
