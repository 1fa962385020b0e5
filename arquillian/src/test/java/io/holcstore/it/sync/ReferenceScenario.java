package io.holcstore.it.sync;

import static io.holcstore.it.sync.LoadCurves.PARIS;
import static io.holcstore.it.sync.LoadCurves.hourly;
import static io.holcstore.it.sync.LoadCurves.months;
import static io.holcstore.it.sync.LoadCurves.monthsOutside;
import static io.holcstore.it.sync.LoadCurves.union;
import static io.holcstore.it.sync.SyncedStores.assertPulled;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.WriteMode;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.PullResult;

/**
 * The Python reference's sync scenario (its test_chunk_timeserie_sync), step by step, between a server store and a
 * client store pulled over HTTP: a full pull; updates, a pull of one kind, then a full pull; tracked deletes of a
 * series and of a filter; replaces, one shrinking a series; the operations a sync store refuses; legal updates, one
 * changing nothing; deletes of a filter and of everything. After each pull the client holds what the server holds,
 * and the pull's counts are the chunks changed since the last one plus those it lists again at its cursor.
 */
final class ReferenceScenario {
    private static final Logger LOG = Logger.getLogger(ReferenceScenario.class.getName());
    /** Packs of 4 chunks, pages of 7 updates: packs cut inside pages, pages end inside packs. */
    private static final int BATCH = 4;
    private static final int PAGE_SIZE = 7;

    private static final SeriesKey A1 = key(1, "A");
    private static final SeriesKey A2 = key(2, "A");
    private static final SeriesKey B2 = key(2, "B");
    private static final SeriesKey C2 = key(2, "c");
    private static final SeriesKey NEW1 = key(2, "new_one");
    private static final SeriesKey NEW2 = key(2, "new_one2");
    /** Paris kept local mean time (+00:09:21) until 1891: chunk starts off the whole minute. */
    private static final SeriesKey OLD = key(42, "d");
    private static final SeriesKey KIND_A = SeriesKey.of("kind", "A");
    private static final SeriesKey KIND_B = SeriesKey.of("kind", "B");
    private static final int FOUR_MONTHS = 24 * 31 * 4;
    private static final int FIFTY_DAYS = 24 * 50;

    private final SyncedStores stores;
    private final TimeseriesChunkStore server;
    private final TimeseriesChunkStore client;
    private final ChunkPuller puller;

    /** Live months of the series the scenario wrote, as the server should hold them: the expected counts. */
    private Set<YearMonth> a1Months;
    private Set<YearMonth> a2Months;

    ReferenceScenario(SyncedStores stores, ChunkPuller puller) {
        this.stores = stores;
        this.server = stores.server;
        this.client = stores.client;
        this.puller = puller;
    }

    void run() {
        fullPull();
        updatesThenAPullOfOneKindThenAFullPull();
        trackedDeletesOfASeriesAndOfAFilter();
        replacesOneShrinkingASeries();
        untrackedWritesAndDeletesAreRefused();
        legalUpdatesOneChangingNothing();
        trackedDeleteOfAKind();
        trackedDeleteOfEverything();
    }

    private void fullPull() {
        DenseSeries a1 = hourly("2025-01-01", FOUR_MONTHS, 1);
        DenseSeries a2 = hourly("2026-01-05", FIFTY_DAYS, 2);
        DenseSeries b2 = hourly("2024-01-05", FIFTY_DAYS, 3);
        DenseSeries c2 = hourly("2000-01-05", FIFTY_DAYS, 4);
        Map<SeriesKey, DenseSeries> written = Map.of(A1, a1, A2, a2, B2, b2, C2, c2);
        written.forEach((key, series) -> server.setTs(key, series, WriteMode.REPLACE));
        a1Months = months(a1);
        a2Months = months(a2);
        long chunks = written.values().stream().mapToLong(series -> months(series).size()).sum();
        assertEquals(5 + 2 + 2 + 2, chunks, "the months spanned");

        pull(SeriesKey.all(), chunks, 0, "full pull");

        written.forEach((key, series) -> assertSeries(series, client.getTs(key)));
    }

    private void updatesThenAPullOfOneKindThenAFullPull() {
        DenseSeries a1Before = client.getTs(A1);
        DenseSeries a2Before = client.getTs(A2);
        DenseSeries a1Update = hourly("2025-02-28", FOUR_MONTHS, 11);
        DenseSeries a2Update = hourly("2026-03-01", FOUR_MONTHS, 12);
        assertEquals(months(a1Update).size(), server.setTs(A1, a1Update, WriteMode.UPDATE));
        assertEquals(months(a2Update).size(), server.setTs(A2, a2Update, WriteMode.UPDATE));

        pull(KIND_B, 0, 0, "pull of kind B, unchanged");

        stores.assertSameSeries(KIND_B);
        assertSeries(a1Before, client.getTs(A1));
        assertSeries(a2Before, client.getTs(A2));
        assertNotEquals(a1Before, server.getTs(A1), "kind A changed on the server only");

        pull(SeriesKey.all(), months(a1Update).size() + months(a2Update).size(), 0, "full pull after updates");

        assertSeries(a1Update.combineFirst(a1Before).withZone(PARIS), client.getTs(A1));
        assertSeries(a2Update.combineFirst(a2Before).withZone(PARIS), client.getTs(A2));
        a1Months = union(a1Months, months(a1Update));
        a2Months = union(a2Months, months(a2Update));
    }

    private void trackedDeletesOfASeriesAndOfAFilter() {
        int deleted = server.delete(C2, true) + server.delete(version(1), true);
        assertEquals(2 + a1Months.size(), deleted, "c2, and a1, the only series of version 1");

        pull(SeriesKey.all(), 0, deleted, "pull after deletes");

        assertEmpty(client.getTs(A1));
        assertEmpty(client.getTs(C2));
        assertEquals(Set.of(A2, B2), SyncedStores.series(client, SeriesKey.all()).keySet());
        stores.clientChunks().forEach((ref, chunk) -> assertTrue(!ref.contains("version=1") || chunk.deleted(), ref));
    }

    private void replacesOneShrinkingASeries() {
        DenseSeries a1Revived = hourly("2025-03-01", FOUR_MONTHS, 21);
        DenseSeries a2Shrunk = hourly("2026-04-01", FOUR_MONTHS, 22);
        DenseSeries new1 = hourly("2025-04-01", 24 * 31, 23);
        Set<YearMonth> a2Dropped = monthsOutside(a2Months, months(a2Shrunk));
        assertEquals(3, a2Dropped.size(), "January to March 2026");
        assertEquals(months(a1Revived).size(), server.setTs(A1, a1Revived, WriteMode.REPLACE), "tombstones revived");
        assertEquals(months(a2Shrunk).size() + a2Dropped.size(), server.setTs(A2, a2Shrunk, WriteMode.REPLACE));
        assertEquals(months(new1).size(), server.setTs(NEW1, new1, WriteMode.REPLACE));
        a1Months = months(a1Revived);
        a2Months = months(a2Shrunk);

        pull(SeriesKey.all(), months(a1Revived).size() + months(a2Shrunk).size() + months(new1).size(), a2Dropped.size(),
                "pull after replaces");

        assertSeries(a1Revived, client.getTs(A1));
        assertSeries(a2Shrunk, client.getTs(A2));
        assertSeries(new1, client.getTs(NEW1));
    }

    /** Writes and deletes a sync store's clients would never learn of: refused by both stores, nothing changed. */
    private void untrackedWritesAndDeletesAreRefused() {
        var serverBefore = stores.serverChunks();
        var clientBefore = stores.clientChunks();
        DenseSeries series = hourly("2025-01-01", 48, 31);
        for (TimeseriesChunkStore store : new TimeseriesChunkStore[] {server, client}) {
            assertThrows(OperationNotAllowedException.class, () -> store.setTs(NEW2, series));
            assertThrows(OperationNotAllowedException.class, () -> store.setTs(NEW2, series, WriteMode.INSERT));
            assertThrows(OperationNotAllowedException.class, () -> store.setManyTs(Map.of(NEW2, series)));
            assertThrows(OperationNotAllowedException.class, () -> store.delete(SeriesKey.all(), false));
            assertThrows(OperationNotAllowedException.class, () -> store.delete(A2, false));
        }
        assertEquals(serverBefore, stores.serverChunks());
        assertEquals(clientBefore, stores.clientChunks());
    }

    private void legalUpdatesOneChangingNothing() {
        DenseSeries a1Longer = hourly("2025-03-01", 24 * 31 * 6, 41);
        DenseSeries a2Same = client.getTs(A2);
        DenseSeries new1Longer = hourly("2025-04-01", 24 * 31 * 7, 43);
        DenseSeries new2 = hourly("2025-04-01", 24 * 31 * 7, 44);
        DenseSeries old = hourly("1780-04-01", 24 * 31 * 7, 45);
        assertEquals(months(a1Longer).size(), server.setTs(A1, a1Longer, WriteMode.UPDATE));
        assertEquals(0, server.setTs(A2, a2Same, WriteMode.UPDATE), "the values it holds: nothing rewritten, nothing to pull");
        assertEquals(months(new1Longer).size(), server.setTs(NEW1, new1Longer, WriteMode.UPDATE));
        assertEquals(months(new2).size(), server.setTs(NEW2, new2, WriteMode.UPDATE));
        assertEquals(months(old).size(), server.setTs(OLD, old, WriteMode.UPDATE));
        a1Months = union(a1Months, months(a1Longer));

        pull(SeriesKey.all(), months(a1Longer).size() + months(new1Longer).size() + months(new2).size() + months(old).size(), 0,
                "pull after updates");

        assertSeries(old, client.getTs(OLD));
        assertSeries(a2Same, client.getTs(A2));
    }

    private void trackedDeleteOfAKind() {
        int deleted = server.delete(KIND_A, true);
        assertEquals(a1Months.size() + a2Months.size(), deleted);

        pull(SeriesKey.all(), 0, deleted, "pull after the delete of kind A");

        assertEquals(Set.of(B2, NEW1, NEW2, OLD), SyncedStores.series(client, SeriesKey.all()).keySet());
    }

    private void trackedDeleteOfEverything() {
        int deleted = server.delete(SeriesKey.all(), true);
        assertEquals(2 + 8 + 8 + 8, deleted, "b2, new_one, new_one2 and the 1780 series");

        pull(SeriesKey.all(), 0, deleted, "pull after the delete of everything");

        assertEquals(Set.of(), SyncedStores.series(client, SeriesKey.all()).keySet());
        stores.clientChunks().values().forEach(chunk -> assertTrue(chunk.deleted(), chunk.toString()));
    }

    /** Pulls, checks the counts against the changes given, and that the client now equals the server. */
    private void pull(SeriesKey filter, long changedLive, long changedTombstones, String what) {
        SyncedStores.Relisted relisted = stores.relistedAtClientCursor(filter);
        PullResult result = puller.pull(filter, BATCH, PAGE_SIZE);
        LOG.info(() -> what + ": " + result);
        assertPulled(changedLive, changedTombstones, relisted, result, what);
        if (filter.isEmpty()) {
            stores.assertEqual();
        }
    }
}
