package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SingleSeriesStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.holcstore.testing.StoreFixtures.EMPTY_FRAME_LENGTH;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync store (monthly, hourly, Europe/Paris): its refusals and its sync primitives; sync refused elsewhere. */
class ChunkStoreSyncTest extends StoreTestBase {
    private static final Class<MonthParisSyncStore> SYNC = MonthParisSyncStore.class;
    private static final int JANUARY_2025 = 2025 * 12;
    private static final int MARCH_2025 = JANUARY_2025 + 2;
    /** 2025-01-31 22:00 to 2025-02-01 03:00 Paris: two monthly chunks. */
    private static final DenseSeries JAN_FEB = ramp(paris("2025-01-31T22:00"), HOUR, 6, 1);
    private static final DenseSeries JANUARY = ramp(paris("2025-01-10T00:00"), HOUR, 5, 100);
    /** March 2025 holds the spring DST change: 743 hourly points. */
    private static final DenseSeries MARCH = ramp(paris("2025-03-30T00:00"), HOUR, 5, 200);

    private void update(SeriesKey key, DenseSeries series) {
        db.run(SYNC, s -> s.setTs(key, series, WriteMode.UPDATE));
    }

    /**
     * Four transactions, so four distinct updated_at: (1, a) January and February, (2, a) January,
     * (1, b) March, then (2, a) deleted (a tombstone).
     */
    private void writeHistory() throws InterruptedException {
        update(key(1, "a"), JAN_FEB);
        Thread.sleep(3);
        update(key(2, "a"), JANUARY);
        Thread.sleep(3);
        update(key(1, "b"), MARCH);
        Thread.sleep(3);
        db.run(SYNC, s -> s.delete(key(2, "a"), true));
    }

    /** The stored rows as listUpdates should report them: ordered by (updated_at, id). */
    private static List<ChunkUpdate> expectedUpdates(String where) {
        return db.rows(SYNC, where).stream()
                .sorted((x, y) -> x.updatedAt().equals(y.updatedAt()) ? Long.compare(x.id(), y.id()) : x.updatedAt().compareTo(y.updatedAt()))
                .map(r -> new ChunkUpdate(r.key(), r.chunkIndex(), r.dtype(), r.startTs(), r.updatedAt(), r.deleted()))
                .toList();
    }

    private static List<ChunkUpdate> listUpdates(Instant since, SeriesKey filter, int limit, long offset) {
        return db.inTransaction(SYNC, s -> s.listUpdates(since, filter, limit, offset)).updates();
    }

    /** What a listing reports as its whole count, asked with a page of one. */
    private static long countUpdates(Instant since, SeriesKey filter) {
        return db.inTransaction(SYNC, s -> s.listUpdates(since, filter, 1, 0)).count();
    }

    private static List<ChunkTransfer> export(List<ChunkRef> refs) {
        return db.inTransaction(SYNC, s -> s.exportChunks(refs));
    }

    private static int importChunks(List<ChunkTransfer> chunks) {
        return db.inTransaction(SYNC, s -> s.importChunks(chunks));
    }

    // ---- refusals on the sync store ----

    @Test
    void syncStoreRefusesInsertWrites() {
        OperationNotAllowedException withMode = assertThrows(OperationNotAllowedException.class,
                () -> db.run(SYNC, s -> s.setTs(key(1, "a"), JANUARY, WriteMode.INSERT)));
        assertThrows(OperationNotAllowedException.class, () -> db.run(SYNC, s -> s.setTs(key(1, "a"), JANUARY)));

        assertMentions(withMode.getMessage(), "MonthParisSyncStore", "sync");
        assertEquals(0, db.count(SYNC));
    }

    @Test
    void syncStoreRefusesSetManyTs() {
        assertThrows(OperationNotAllowedException.class,
                () -> db.run(SYNC, s -> s.setManyTs(Map.of(key(1, "a"), JANUARY, key(2, "a"), JANUARY))));
        assertEquals(0, db.count(SYNC));
    }

    @Test
    void syncStoreRefusesDeletesWithoutTracking() {
        update(key(1, "a"), JAN_FEB);
        List<PostgresStores.StoredRow> before = db.rows(SYNC);

        assertThrows(OperationNotAllowedException.class, () -> db.run(SYNC, s -> s.delete(key(1, "a"), false)));
        assertThrows(OperationNotAllowedException.class, () -> db.run(SYNC, s -> s.delete(SeriesKey.all(), false)));

        assertEquals(before, db.rows(SYNC));
        assertEquals(2, (int) db.inTransaction(SYNC, s -> s.delete(key(1, "a"), true)), "deleting with tracking is allowed");
    }

    @Test
    void syncStoreAcceptsUpdateAndReplace() {
        update(key(1, "a"), JANUARY);
        db.run(SYNC, s -> s.setTs(key(1, "a"), MARCH, WriteMode.REPLACE));

        assertSeries(stored(MARCH, PARIS), db.inTransaction(SYNC, s -> s.getTs(key(1, "a"))));
        assertEquals(1, db.count(SYNC, "WHERE is_deleted"));
    }

    @Test
    void storesWithoutSyncRefuseTheSyncPrimitives() {
        for (Class<? extends TimeseriesChunk> store : List.of(YearParisStore.class, MonthUtcStore.class, SingleSeriesStore.class)) {
            SeriesKey key = store == SingleSeriesStore.class ? SeriesKey.all() : key(1, "a");
            List<Consumer<JpaTimeseriesChunkStore>> calls = List.of(
                    s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, 0),
                    s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, null),
                    s -> s.exportChunks(List.of(new ChunkRef(key, 2025))),
                    s -> s.importChunks(List.of()));
            for (Consumer<JpaTimeseriesChunkStore> call : calls) {
                OperationNotAllowedException e = assertThrows(OperationNotAllowedException.class, () -> db.run(store, call));
                assertMentions(e.getMessage(), store.getSimpleName(), "sync");
            }
        }
    }

    // ---- listUpdates ----

    @Test
    void listUpdatesListsEveryChunkOrderedByUpdatedAtThenId() throws InterruptedException {
        writeHistory();
        List<ChunkUpdate> expected = expectedUpdates("");

        List<ChunkUpdate> updates = listUpdates(Instant.EPOCH, SeriesKey.all(), 100, 0);

        assertEquals(4, updates.size());
        assertEquals(expected, updates);
        // (1, a) January and February share one updated_at; (2, a) January comes last, as a tombstone.
        assertEquals(updates.get(0).updatedAt(), updates.get(1).updatedAt());
        assertEquals(List.of(new ChunkRef(key(1, "a"), JANUARY_2025), new ChunkRef(key(1, "a"), JANUARY_2025 + 1),
                        new ChunkRef(key(1, "b"), MARCH_2025), new ChunkRef(key(2, "a"), JANUARY_2025)),
                updates.stream().map(ChunkUpdate::ref).toList());
        ChunkUpdate tombstone = updates.get(3);
        assertTrue(tombstone.deleted());
        assertEquals(paris("2025-01-01T00:00"), tombstone.startTs());
        assertEquals("float64", tombstone.dtype());
        assertEquals(paris("2025-03-01T00:00"), updates.get(2).startTs());
        assertEquals(4, countUpdates(Instant.EPOCH, SeriesKey.all()));
    }

    @Test
    void listUpdatesSinceIsInclusive() throws InterruptedException {
        writeHistory();
        List<ChunkUpdate> all = listUpdates(Instant.EPOCH, SeriesKey.all(), 100, 0);
        Instant march = all.get(2).updatedAt();

        assertEquals(all.subList(2, 4), listUpdates(march, SeriesKey.all(), 100, 0));
        assertEquals(all.subList(3, 4), listUpdates(march.plus(1, ChronoUnit.MICROS), SeriesKey.all(), 100, 0));
        assertEquals(List.of(), listUpdates(all.get(3).updatedAt().plus(1, ChronoUnit.MICROS), SeriesKey.all(), 100, 0));
        assertEquals(2, countUpdates(march, SeriesKey.all()));
        assertEquals(0, countUpdates(Instant.now().plusSeconds(60), SeriesKey.all()));
    }

    @Test
    void listUpdatesPagesWithLimitAndOffset() throws InterruptedException {
        writeHistory();
        List<ChunkUpdate> all = listUpdates(Instant.EPOCH, SeriesKey.all(), 100, 0);

        List<ChunkUpdate> paged = new ArrayList<>();
        for (long offset = 0; offset < 10; offset += 3) {
            paged.addAll(listUpdates(Instant.EPOCH, SeriesKey.all(), 3, offset));
        }

        assertEquals(all, paged);
        assertEquals(all.subList(0, 1), listUpdates(Instant.EPOCH, SeriesKey.all(), 1, 0));
        assertEquals(all.subList(1, 3), listUpdates(Instant.EPOCH, SeriesKey.all(), 2, 1));
        assertEquals(List.of(), listUpdates(Instant.EPOCH, SeriesKey.all(), 10, 4));
        assertEquals("limit", assertThrows(InvalidArgumentException.class,
                () -> listUpdates(Instant.EPOCH, SeriesKey.all(), 0, 0)).argument());
        assertEquals("offset", assertThrows(InvalidArgumentException.class,
                () -> listUpdates(Instant.EPOCH, SeriesKey.all(), 10, -1)).argument());
    }

    @Test
    void listUpdatesAndCountUpdatesFollowTheFilter() throws InterruptedException {
        writeHistory();

        List<ChunkUpdate> versionOne = listUpdates(Instant.EPOCH, version(1), 100, 0);

        assertEquals(expectedUpdates("WHERE version = 1"), versionOne);
        assertEquals(3, versionOne.size());
        assertTrue(versionOne.stream().allMatch(u -> u.key().get("version").equals(1)));
        assertEquals(List.of(new ChunkRef(key(2, "a"), JANUARY_2025)),
                listUpdates(Instant.EPOCH, SeriesKey.of("version", "2", "kind", "a"), 100, 0).stream().map(ChunkUpdate::ref).toList());
        assertEquals(3, countUpdates(Instant.EPOCH, version(1)));
        assertEquals(2, countUpdates(Instant.EPOCH, SeriesKey.of("kind", "a", "version", 1)));
        assertEquals(0, countUpdates(Instant.EPOCH, version(3)));
        assertThrows(InvalidKeyException.class, () -> listUpdates(Instant.EPOCH, SeriesKey.of("colour", "red"), 10, 0));
    }

    // ---- exportChunks ----

    @Test
    void exportChunksReturnsTheStoredBlobsInRequestOrder() throws InterruptedException {
        writeHistory();
        List<ChunkRef> refs = List.of(new ChunkRef(key(2, "a"), JANUARY_2025), new ChunkRef(key(1, "b"), MARCH_2025),
                new ChunkRef(key(1, "a"), JANUARY_2025 + 1), new ChunkRef(key(1, "a"), JANUARY_2025));

        List<ChunkTransfer> exported = export(refs);

        assertEquals(refs, exported.stream().map(ChunkTransfer::ref).toList());
        for (ChunkTransfer chunk : exported) {
            PostgresStores.StoredRow row = db.rows(SYNC, "WHERE version = " + chunk.ref().key().get("version")
                    + " AND kind = '" + chunk.ref().key().get("kind") + "' AND chunk_index = " + chunk.ref().chunkIndex()).get(0);
            assertArrayEquals(row.data(), chunk.data(), "blob as stored");
            assertEquals(row.dtype(), chunk.dtype());
            assertEquals(row.startTs(), chunk.startTs());
            assertEquals(row.updatedAt(), chunk.updatedAt());
            assertEquals(row.deleted(), chunk.deleted());
        }
        ChunkTransfer tombstone = exported.get(0);
        assertTrue(tombstone.deleted());
        assertEquals(EMPTY_FRAME_LENGTH, tombstone.data().length);
        assertEquals(743, ChunkEncoding.FLOAT64.decode(exported.get(1).data()).length, "March 2025 in Paris: 743 hours");
    }

    @Test
    void exportChunksOfAMissingChunkFails() throws InterruptedException {
        writeHistory();

        ChunkNotFoundException e = assertThrows(ChunkNotFoundException.class, () -> export(List.of(
                new ChunkRef(key(1, "a"), JANUARY_2025), new ChunkRef(key(1, "a"), MARCH_2025))));
        assertMentions(e.getMessage(), String.valueOf(MARCH_2025), "kind=a", "version=1");
        assertThrows(ChunkNotFoundException.class, () -> export(List.of(new ChunkRef(key(9, "a"), JANUARY_2025))));
        assertThrows(InvalidKeyException.class, () -> export(List.of(new ChunkRef(version(1), JANUARY_2025))));
    }

    // ---- importChunks ----

    private List<ChunkTransfer> exportEverything() {
        List<ChunkRef> refs = listUpdates(Instant.EPOCH, SeriesKey.all(), 1000, 0).stream().map(ChunkUpdate::ref).toList();
        return export(refs);
    }

    private static List<PostgresStores.StoredRow> rowsWithoutIds() {
        return db.rows(SYNC).stream().map(PostgresStores.StoredRow::withoutId).toList();
    }

    /** The rows as written in the store, to compare with {@link #importedRows()} after they were exported and imported. */
    private static List<PostgresStores.StoredRow> sourceRows() {
        return db.rows(SYNC).stream().map(PostgresStores.StoredRow::asSource).toList();
    }

    /** The imported rows as their source held them: content, and the upstream stamp as updated_at. */
    private static List<PostgresStores.StoredRow> importedRows() {
        return db.rows(SYNC).stream().map(PostgresStores.StoredRow::asImported).toList();
    }

    @Test
    void importIntoACleanStoreReproducesTheExportedRows() throws InterruptedException {
        writeHistory();
        List<PostgresStores.StoredRow> source = sourceRows();
        List<ChunkTransfer> exported = exportEverything();
        Map<SeriesKey, DenseSeries> series = Map.of(
                key(1, "a"), db.inTransaction(SYNC, s -> s.getTs(key(1, "a"))),
                key(1, "b"), db.inTransaction(SYNC, s -> s.getTs(key(1, "b"))));
        db.clear(SYNC);

        int imported = importChunks(exported);

        assertEquals(4, imported);
        assertEquals(source, importedRows(), "same blobs, start_ts, is_deleted, dtype; the source's updated_at as upstream stamp");
        Instant newestSource = source.stream().map(PostgresStores.StoredRow::updatedAt).max(Instant::compareTo).orElseThrow();
        assertEquals(1, db.rows(SYNC).stream().map(PostgresStores.StoredRow::updatedAt).distinct().count(), "one stamp per import");
        assertTrue(db.rows(SYNC).get(0).updatedAt().isAfter(newestSource), "from the store's clock, as it imports");
        series.forEach((key, expected) -> assertSeries(expected, db.inTransaction(SYNC, s -> s.getTs(key))));
        assertSeries(stored(JAN_FEB, PARIS), series.get(key(1, "a")));
        assertEquals(0, db.inTransaction(SYNC, s -> s.getTs(key(2, "a"))).size(), "the tombstone is imported as a tombstone");
        assertEquals(listUpdates(Instant.EPOCH, SeriesKey.all(), 100, 0).stream().map(ChunkUpdate::ref).toList(),
                exported.stream().map(ChunkTransfer::ref).toList(), "the same updates to list after import");
    }

    @Test
    void importOverImportedChunksRewritesThemButNeverWithAnOlderCopyNorTheSameOne() throws InterruptedException {
        Exported older = exportThenRewriteTheEndOfJanuary();
        db.run(SYNC, s -> s.setTs(key(1, "b"), MARCH, WriteMode.UPDATE));
        List<PostgresStores.StoredRow> newer = sourceRows();
        List<ChunkTransfer> newerChunks = exportEverything();
        db.clear(SYNC);
        assertEquals(3, importChunks(newerChunks));
        List<PostgresStores.StoredRow> imported = rowsWithoutIds();

        // The copies of (1, a) from before, as a pull racing another brings: January, older, is left out;
        // February, unchanged since, is the copy held: neither is rewritten, nor stamped anew.
        assertEquals(0, importChunks(older.chunks()));
        assertEquals(imported, rowsWithoutIds(), "the newer chunks are kept as they were");

        // Into a store holding the older state, the newer copies are written over it; February is held already.
        db.clear(SYNC);
        assertEquals(2, importChunks(older.chunks()));
        assertEquals(older.rows(), importedRows());
        assertEquals(2, importChunks(newerChunks));
        assertEquals(newer, importedRows());
    }

    @Test
    void importOverwritesAChunkWrittenInTheStoreEvenWithAnOlderCopy() throws InterruptedException {
        Exported older = exportThenRewriteTheEndOfJanuary();

        assertEquals(2, importChunks(older.chunks()), "rows written here carry no upstream stamp to compare");
        assertEquals(older.rows(), importedRows());
    }

    /** Chunks as exported, and their rows as the source held them ({@link #sourceRows()}). */
    private record Exported(List<ChunkTransfer> chunks, List<PostgresStores.StoredRow> rows) {
    }

    /**
     * (1, a) written over January and February and exported; then, a few milliseconds later, three hours at the end of
     * January written again: the export holds an older copy of January and the current copy of February.
     */
    private Exported exportThenRewriteTheEndOfJanuary() throws InterruptedException {
        update(key(1, "a"), JAN_FEB);
        Exported older = new Exported(exportEverything(), sourceRows());
        Thread.sleep(3);
        update(key(1, "a"), ramp(paris("2025-01-31T20:00"), HOUR, 3, 50));
        return older;
    }

    @Test
    void exportAndImportMoreChunksThanOneBatch() {
        // Eleven years of monthly chunks: more than ChunkSql.BATCH rows per lookup and per write batch.
        DenseSeries years = ramp(paris("2015-01-01T00:00"), HOUR, 24 * 366 * 11, 0);
        db.run(SYNC, s -> s.setTs(key(1, "long"), years, WriteMode.UPDATE));
        long chunks = db.count(SYNC);
        assertTrue(chunks > ChunkSql.BATCH, chunks + " chunks");
        List<ChunkRef> refs = new ArrayList<>(listUpdates(Instant.EPOCH, SeriesKey.all(), 1000, 0).stream().map(ChunkUpdate::ref).toList());
        Collections.reverse(refs);

        List<ChunkTransfer> exported = export(refs);
        assertEquals(refs, exported.stream().map(ChunkTransfer::ref).toList(), "request order kept across batches");
        List<PostgresStores.StoredRow> source = sourceRows();
        db.clear(SYNC);

        assertEquals(chunks, importChunks(exported));
        assertEquals(source, importedRows());
        assertSeries(stored(years, PARIS), db.inTransaction(SYNC, s -> s.getTs(key(1, "long"))));
    }

    /** Two series of eleven years of monthly chunks, exported, and the store emptied. */
    private List<ChunkTransfer> exportTwoLongSeries() {
        DenseSeries years = ramp(paris("2015-01-01T00:00"), HOUR, 24 * 366 * 11, 0);
        db.run(SYNC, s -> s.setTs(key(1, "long"), years, WriteMode.UPDATE));
        db.run(SYNC, s -> s.setTs(key(2, "long"), years, WriteMode.UPDATE));
        List<ChunkTransfer> exported = exportEverything();
        db.clear(SYNC);
        return exported;
    }

    @Test
    void importInterleavingRewritesAndNewChunksStoresEveryOne() {
        // Every other chunk is already stored, in an older copy: more than a batch of rewrites, each batch sent
        // between new rows.
        List<ChunkTransfer> exported = exportTwoLongSeries();
        List<ChunkTransfer> everyOther = new ArrayList<>();
        for (int i = 0; i < exported.size(); i += 2) {
            ChunkTransfer c = exported.get(i);
            everyOther.add(new ChunkTransfer(c.ref(), c.dtype(), c.startTs(), c.updatedAt().minusSeconds(1), c.deleted(), c.data()));
        }
        assertTrue(everyOther.size() > ChunkSql.BATCH, everyOther.size() + " rewrites");
        importChunks(everyOther);

        assertEquals(exported.size(), importChunks(exported));

        assertEquals(exported.size(), db.count(SYNC));
        List<ChunkRef> refs = exported.stream().map(ChunkTransfer::ref).toList();
        List<ChunkTransfer> again = export(refs);
        assertEquals(refs, again.stream().map(ChunkTransfer::ref).toList());
        for (int i = 0; i < exported.size(); i++) {
            assertArrayEquals(exported.get(i).data(), again.get(i).data(), "blob of " + exported.get(i).ref());
        }
        assertEquals(exported.stream().map(ChunkTransfer::updatedAt).sorted().toList(),
                db.rows(SYNC).stream().map(PostgresStores.StoredRow::upstreamUpdatedAt).sorted().toList(), "the upstream stamps");
    }

    @Test
    void aBadChunkAtTheEndOfALongImportImportsNothing() {
        // The good chunks before it have already streamed to the server when the last one is checked.
        List<ChunkTransfer> exported = exportTwoLongSeries();
        List<ChunkTransfer> chunks = new ArrayList<>(exported);
        ChunkTransfer last = chunks.remove(chunks.size() - 1);
        chunks.add(with(last, "float64", last.startTs(), false, "not an lz4 frame".getBytes(StandardCharsets.US_ASCII)));

        assertImportRefused(chunks, String.valueOf(last.ref().chunkIndex()), "long");
        assertEquals(0, db.count(SYNC));

        assertEquals(exported.size(), importChunks(exported), "the same connection pool imports the good chunks afterwards");
    }

    private void assertImportRefused(List<ChunkTransfer> chunks, String... mentioned) {
        List<PostgresStores.StoredRow> before = db.rows(SYNC);
        InvalidChunkException e = assertThrows(InvalidChunkException.class, () -> importChunks(chunks));
        assertMentions(e.getMessage(), mentioned);
        assertEquals(before, db.rows(SYNC), "nothing imported");
    }

    private static ChunkTransfer with(ChunkTransfer c, String dtype, Instant startTs, boolean deleted, byte[] data) {
        return new ChunkTransfer(c.ref(), dtype, startTs, c.updatedAt(), deleted, data);
    }

    @Test
    void importOfABadChunkImportsNothing() throws InterruptedException {
        writeHistory();
        List<ChunkTransfer> exported = exportEverything();
        ChunkTransfer good = exported.get(0);
        ChunkTransfer march = exported.get(2);
        assertEquals(MARCH_2025, march.ref().chunkIndex());
        db.clear(SYNC);

        assertImportRefused(List.of(good, with(march, "float64", march.startTs().plusSeconds(3600), false, march.data())),
                String.valueOf(MARCH_2025), "starts at");
        assertImportRefused(List.of(good, with(march, "float64", march.startTs(), false, ChunkEncoding.FLOAT64.encode(new double[744]))),
                "744", "743");
        assertImportRefused(List.of(good, with(march, "float64", march.startTs(), false, "not an lz4 frame".getBytes(StandardCharsets.US_ASCII))),
                String.valueOf(MARCH_2025));
        assertImportRefused(List.of(good, with(march, "float16", march.startTs(), false, march.data())), "float16");
        assertImportRefused(List.of(good, with(march, "float64", march.startTs(), true, march.data())), "tombstone");
        assertImportRefused(List.of(good, march, good), "twice");
        assertEquals(0, db.count(SYNC));

        // The same chunks, unharmed, import.
        assertEquals(2, importChunks(List.of(good, march)));
        assertEquals(2, db.count(SYNC));
    }

    @Test
    void importRefusalsCarryTheDecodingErrorAsCause() throws InterruptedException {
        writeHistory();
        ChunkTransfer march = exportEverything().get(2);
        db.clear(SYNC);

        InvalidChunkException corrupt = assertThrows(InvalidChunkException.class, () -> importChunks(List.of(
                with(march, "float64", march.startTs(), false, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}))));
        InvalidChunkException unknown = assertThrows(InvalidChunkException.class, () -> importChunks(List.of(
                with(march, "float16", march.startTs(), false, march.data()))));

        assertInstanceOf(CorruptChunkException.class, corrupt.getCause());
        assertInstanceOf(UnknownDtypeException.class, unknown.getCause());
        assertEquals(0, db.count(SYNC));
    }

    @Test
    void importOfAnEmptyListImportsNothing() {
        assertEquals(0, importChunks(List.of()));
        assertEquals(0, db.count(SYNC));
    }
}
