package io.holcstore.store.jdbc;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.PostgresStores.StoredRow;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code upstream_updated_at}: an import keeps the stamp it brings there, and every local write over a chunk (update,
 * replace, tracked delete) clears it, so that the next import of any copy writes over the local change.
 */
class UpstreamStampTest extends StoreTestBase {
    private static final Class<MonthParisSyncStore> SOURCE = MonthParisSyncStore.class;
    private static final Class<MonthParisSyncMirror> MIRROR = MonthParisSyncMirror.class;
    private static final SeriesKey A = key(1, "a");

    private List<ChunkTransfer> copies;

    /** January to March of one series, written on the source and imported into the mirror. */
    @BeforeEach
    void importThreeMonths() {
        db.run(SOURCE, s -> s.setTs(A, ramp(paris("2025-01-01T00:00"), HOUR, 24 * 80, 0), WriteMode.UPDATE));
        copies = db.inTransaction(SOURCE, s -> s.exportChunks(
                s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, 0).updates().stream().map(ChunkUpdate::ref).toList()));
        assertEquals(3, (int) db.inTransaction(MIRROR, s -> s.importChunks(copies)));
        assertTrue(db.rows(MIRROR).stream().allMatch(row -> copies.get(0).updatedAt().equals(row.upstreamUpdatedAt())));
    }

    @Test
    void anUpdateOverAnImportedChunkClearsItsUpstreamStamp() {
        db.run(MIRROR, s -> s.setTs(A, ramp(paris("2025-01-10T00:00"), HOUR, 2, 500), WriteMode.UPDATE));

        assertNull(row(24300).upstreamUpdatedAt());
        assertEquals(copies.get(1).updatedAt(), row(24301).upstreamUpdatedAt(), "the chunks it did not change keep theirs");
        assertImportWritesOverTheLocalChanges(1);
    }

    @Test
    void aReplaceClearsTheUpstreamStampOfWhatItRewritesAndTombstones() {
        db.run(MIRROR, s -> s.setTs(A, ramp(paris("2025-01-10T00:00"), HOUR, 2, 500), WriteMode.REPLACE));

        assertNull(row(24300).upstreamUpdatedAt());
        assertTrue(row(24301).deleted());
        assertNull(row(24301).upstreamUpdatedAt());
        assertImportWritesOverTheLocalChanges(3);
    }

    @Test
    void aTrackedDeleteClearsTheUpstreamStampOfItsTombstones() {
        db.run(MIRROR, s -> s.delete(A, true));

        assertTrue(db.rows(MIRROR).stream().allMatch(row -> row.deleted() && row.upstreamUpdatedAt() == null));
        assertImportWritesOverTheLocalChanges(3);
    }

    /** Importing the same copies again writes over the {@code changed} rows written locally, and only them. */
    private void assertImportWritesOverTheLocalChanges(int changed) {
        assertEquals(changed, (int) db.inTransaction(MIRROR, s -> s.importChunks(copies)));
        assertEquals(db.rows(SOURCE).stream().map(StoredRow::asSource).toList(),
                db.rows(MIRROR).stream().map(StoredRow::asImported).toList());
    }

    private static StoredRow row(int chunkIndex) {
        return db.rows(MIRROR).stream().filter(row -> row.ref().equals(new ChunkRef(A, chunkIndex))).findFirst().orElseThrow();
    }
}
