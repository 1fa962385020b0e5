package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.PullPosition;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Stamps from elsewhere are range-checked: an import refuses a chunk stamped outside the years 1 to 9999, and a pull
 * refuses a chunk stamped further ahead of the local clock than its tolerance, before anything of its pack is
 * imported, so that a faulty upstream cannot move a position past every change to come.
 */
class StampRangeTest extends StoreTestBase {
    private static final Class<MonthParisSyncStore> SOURCE = MonthParisSyncStore.class;
    private static final Class<MonthParisSyncMirror> MIRROR = MonthParisSyncMirror.class;
    private static final SeriesKey KEY = key(1, "a");

    @BeforeEach
    void writeThreeMonthsOfOneSeries() {
        db.run(SOURCE, s -> s.setTs(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 24 * (31 + 28 + 31), 0), WriteMode.UPDATE));
    }

    @Test
    void anImportRefusesAChunkStampedOutsideTheYearsOneTo9999() {
        ChunkTransfer chunk = db.inTransaction(SOURCE, s -> s.exportChunks(List.of(new ChunkRef(KEY, 24300)))).get(0);
        for (String stamp : List.of("+10000-01-01T00:00:00Z", "0000-12-31T23:59:59.999999Z")) {
            ChunkTransfer stamped = stampedAt(chunk, Instant.parse(stamp));

            InvalidChunkException e = assertThrows(InvalidChunkException.class, () -> db.run(MIRROR, s -> s.importChunks(List.of(stamped))));

            assertMentions(e.getMessage(), "24300", KEY.toString(), "updated_at", "years 1 to 9999");
        }
        assertEquals(0, db.count(MIRROR));
        ChunkTransfer last = stampedAt(chunk, Instant.parse("9999-12-31T23:59:59Z"));
        assertEquals(1, (int) db.inTransaction(MIRROR, s -> s.importChunks(List.of(last))), "the end of 9999 is a stamp a store takes");
    }

    @Test
    void aPullPositionOutsideTheYearsOneTo9999IsRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new PullPosition("up", SeriesKey.all(), Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("upstreamUpdatedAt", e.argument());
    }

    @Test
    void aPullRefusesAChunkStampedTooFarInTheFutureBeforeAnythingOfItsPackIsImported() {
        try (StoreToStore pull = shifting(24301, Duration.ofDays(2))) {
            InvalidChunkException e = assertThrows(InvalidChunkException.class, () -> pull.pull(SeriesKey.all(), 1, 10));

            assertMentions(e.getMessage(), "24301", KEY.toString(), "ahead of this machine's clock", "PT24H");
            assertEquals(List.of(24300), db.chunkIndexes(MIRROR), "the pack before it is imported, nothing of its own");
            ChunkUpdate first = db.inTransaction(SOURCE, s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 1, 0)).updates().get(0);
            assertEquals(Optional.of(first.updatedAt()), db.inTransaction(MIRROR, s -> s.pullPosition(pull.upstream(), SeriesKey.all())));
        }
    }

    @Test
    void aPullToleratesWhatItIsToldToAndNoMore() {
        try (StoreToStore pull = shifting(ANY_CHUNK, Duration.ofDays(2))) {
            ChunkPuller lenient = pull.puller().toleratingFuture(Duration.ofDays(3));
            lenient.pull(SeriesKey.all(), 5, 10);
            assertEquals(db.count(SOURCE), db.count(MIRROR));

            assertThrows(InvalidArgumentException.class, () -> pull.puller().toleratingFuture(Duration.ofDays(-1)));
        }
        try (StoreToStore pull = shifting(ANY_CHUNK, Duration.ofDays(2))) {
            db.clear(MIRROR);
            assertThrows(InvalidChunkException.class, () -> pull.puller().toleratingFuture(Duration.ofDays(1)).pull(SeriesKey.all(), 5, 10));
            assertEquals(0, db.count(MIRROR));
        }
    }

    @Test
    void aStampOfTheYear9999FromAFaultyUpstreamStopsThePull() {
        try (StoreToStore pull = shifting(ANY_CHUNK,
                Duration.between(Instant.now(), Instant.parse("9999-12-31T00:00:00Z")))) {
            assertThrows(InvalidChunkException.class, () -> pull.pull(SeriesKey.all(), 5, 10));
            assertEquals(0, db.count(MIRROR));
        }
        try (StoreToStore pull = new StoreToStore(db, SOURCE, MIRROR)) {
            pull.pull(SeriesKey.all(), 5, 10);
        }
        assertCopy(db.rows(SOURCE), db.rows(MIRROR), "a later pull from a sane upstream copies everything");
    }

    private static ChunkTransfer stampedAt(ChunkTransfer c, Instant updatedAt) {
        return new ChunkTransfer(c.ref(), c.dtype(), c.startTs(), updatedAt, c.deleted(), c.data());
    }

    /** Shifts every chunk. */
    private static final int ANY_CHUNK = -1;

    /** A pull into the mirror from a source whose stamps of the given chunk index (or all) are {@code shift} later. */
    private static StoreToStore shifting(int chunkIndex, Duration shift) {
        StoreChunkSource source = new StoreChunkSource(db, SOURCE);
        return new StoreToStore(new ShiftingSource(source, chunkIndex, shift), source, db, MIRROR);
    }

    /** A source whose stamps of one chunk index (or all), listed and packed, are {@code shift} later: a clock gone ahead. */
    private record ShiftingSource(ChunkSource source, int chunkIndex, Duration shift) implements ChunkSource {
        @Override
        public String upstream() {
            return source.upstream();
        }

        @Override
        public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
            UpdatesPage page = source.updates(since, filter, pageSize, pageToken);
            return new UpdatesPage(page.updates().stream().map(u -> shifts(u.chunkIndex())
                    ? new ChunkUpdate(u.key(), u.chunkIndex(), u.dtype(), u.startTs(), u.updatedAt().plus(shift), u.deleted()) : u)
                    .toList(), page.next());
        }

        @Override
        public List<ChunkTransfer> pack(List<ChunkRef> refs) {
            return source.pack(refs).stream().map(c -> shifts(c.ref().chunkIndex()) ? stampedAt(c, c.updatedAt().plus(shift)) : c).toList();
        }

        private boolean shifts(int index) {
            return chunkIndex == ANY_CHUNK || index == chunkIndex;
        }
    }
}
