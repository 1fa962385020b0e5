package io.holcstore.sync;

import io.holcstore.store.ReadOnlyStoreException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.MirrorAsPullTarget;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthParisSyncTail;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.holcstore.sync.StoreToStore.assertCopy;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A store declared {@code @PullTarget}: fed by its pulls only, it refuses every local write and still pulls and reads. */
class PullTargetTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "a");

    @Test
    void aPullTargetRefusesEveryLocalWriteAndWritesNothing() {
        assertRefused("setTs", s -> s.setTs(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 3, 1)));
        assertRefused("setTs", s -> s.setTs(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 3, 1), WriteMode.UPDATE));
        assertRefused("setTs", s -> s.setTs(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 3, 1), WriteMode.REPLACE));
        assertRefused("setManyTs", s -> s.setManyTs(Map.of(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 3, 1))));
        assertRefused("delete", s -> s.delete(SeriesKey.all(), true));
        assertRefused("delete", s -> s.delete(KEY, false));
        assertEquals(0, db.count(MonthParisSyncTail.class));
    }

    private static void assertRefused(String operation, Consumer<JpaTimeseriesChunkStore> write) {
        Executable call = () -> db.run(MonthParisSyncTail.class, write);
        ReadOnlyStoreException e = assertThrows(ReadOnlyStoreException.class, call, operation);
        assertMentions(e.getMessage(), "MonthParisSyncTail", "pull target", operation);
        assertEquals("MonthParisSyncTail", e.store());
    }

    @Test
    void aPullTargetPullsAndReads() {
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, ramp(paris("2025-01-30T00:00"), HOUR, 72, 5), WriteMode.UPDATE));
        db.run(MonthParisSyncStore.class, s -> s.delete(version(2), true));

        try (StoreToStore pull = new StoreToStore(db, MonthParisSyncStore.class, MonthParisSyncTail.class)) {
            pull.pull(SeriesKey.all(), 1, 1);
        }

        assertCopy(db.rows(MonthParisSyncStore.class), db.rows(MonthParisSyncTail.class), "the pull target holds the source's rows");
        assertSeries(db.inTransaction(MonthParisSyncStore.class, s -> s.getTs(KEY)), db.inTransaction(MonthParisSyncTail.class, s -> s.getTs(KEY)));
    }

    @Test
    void aMirrorWrittenLocallyBeforeItBecameAPullTargetMissesNoUpstreamChange() {
        try (PostgresStores targets = new PostgresStores("holcstore-pull-target")) {
            db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, ramp(paris("2025-01-01T00:00"), HOUR, 24, 1), WriteMode.UPDATE));
            try (StoreToStore pull = new StoreToStore(db, MonthParisSyncStore.class, MonthParisSyncMirror.class)) {
                pull.pull(SeriesKey.all(), 10, 10);
            }
            db.run(MonthParisSyncStore.class, s -> s.setTs(key(1, "b"), ramp(paris("2025-02-01T00:00"), HOUR, 24, 2), WriteMode.UPDATE));
            // The newest stamp of the mirror, which an earlier version resumed its pulls from.
            db.run(MonthParisSyncMirror.class, s -> s.setTs(key(9, "local"), ramp(paris("2025-03-01T00:00"), HOUR, 24, 3), WriteMode.UPDATE));

            // The same table, now declared a pull target.
            try (StoreToStore pull = new StoreToStore(new StoreChunkSource(db, MonthParisSyncStore.class), targets, MirrorAsPullTarget.class)) {
                assertThrows(ReadOnlyStoreException.class, () -> targets.run(MirrorAsPullTarget.class, s -> s.delete(key(9, "local"), true)));

                pull.pull(SeriesKey.all(), 10, 10);
            }
        }

        assertCopy(db.rows(MonthParisSyncStore.class), db.rows(MonthParisSyncMirror.class, "WHERE version = 1"),
                "the upstream change older than the local write arrived");
        assertEquals(List.of(key(9, "local")), db.rows(MonthParisSyncMirror.class, "WHERE version = 9").stream()
                .map(PostgresStores.StoredRow::key).toList(), "the local write stays");
    }
}
