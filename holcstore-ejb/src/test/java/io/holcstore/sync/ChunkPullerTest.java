package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.PostgresStores.StoredRow;
import io.holcstore.testing.StoreFixtures;
import io.holcstore.testing.StoreTestBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pulls from a server store into a client store of the same definition, both on PostgreSQL, through an in-process
 * source: the client ends equal to the server chunk by chunk (blob, updated_at, is_deleted), whatever the page and
 * pack sizes, deletions and kills.
 */
class ChunkPullerTest extends StoreTestBase {
    private static final Class<MonthParisSyncStore> SERVER = MonthParisSyncStore.class;
    private static final Class<MonthParisSyncMirror> CLIENT = MonthParisSyncMirror.class;
    private static final SeriesKey A = key(1, "a");
    private static final SeriesKey B = key(1, "b");
    private static final SeriesKey C = key(2, "a");
    private static final List<SeriesKey> SERIES = List.of(A, B, C);
    /** January to March 2025: three monthly chunks per series, nine in all. */
    private static final int MONTHS = 3;
    private static final int CHUNKS = SERIES.size() * MONTHS;

    private EntityManager em;
    private JpaTimeseriesChunkStore client;
    private EntityManagerTransactions transactions;
    private StoreChunkSource source;
    private ChunkPuller puller;

    @BeforeEach
    void openClient() {
        em = db.factory().createEntityManager();
        client = new JpaTimeseriesChunkStore(em, CLIENT);
        transactions = new EntityManagerTransactions(em);
        source = new StoreChunkSource(db, SERVER);
        puller = new ChunkPuller("mirror", source, client, transactions, Duration.ZERO);
    }

    @AfterEach
    void closeClient() {
        source.close();
        em.close();
    }

    @Test
    void fullPullCopiesEveryChunkThenOnlyRelistsTheCursorInstant() {
        writeServerChunkByChunk();

        PullResult first = puller.pull(SeriesKey.all(), 100, 100);

        assertEquals(CHUNKS, first.fetched());
        assertEquals(0, first.deleted());
        assertEquals(1, first.pages());
        assertEquals(serverBlobBytes(), first.bytes());
        assertStoresEqual();
        assertSeries(server(s -> s.getTs(A)), inClient(s -> s.getTs(A)));

        PullResult again = puller.pull(SeriesKey.all(), 100, 100);

        assertEquals(chunksAtNewestInstant(SeriesKey.all()), again.fetched(), "only the chunks at the cursor are listed again");
        assertStoresEqual();
    }

    @Test
    void pagesAndPacksSmallerThanTheDataCutEachPageInItsOrder() {
        writeServerChunkByChunk();

        PullResult result = puller.pull(SeriesKey.all(), 3, 4);

        assertEquals(3, result.pages(), "pages of 4, 4 and 1 updates");
        assertEquals(List.of(3, 1, 3, 1, 1), source.packs().stream().map(List::size).toList(), "no pack spans two pages");
        assertEquals(serverListing(), source.packs().stream().flatMap(List::stream).toList(), "packs in listing order");
        assertEquals(5 + 1, transactions.committed(), "one transaction per pack, one for the cursor");
        assertEquals(CHUNKS, result.fetched());
        assertStoresEqual();
    }

    @Test
    void aPrefetchingPullFetchesOnTheExecutorAndImportsInListingOrderOnTheCaller() throws InterruptedException {
        writeServerChunkByChunk();
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "prefetch"));
        Set<String> packThreads = ConcurrentHashMap.newKeySet();
        source.beforePack((pack, refs) -> packThreads.add(Thread.currentThread().getName()));
        try {
            PullResult result = puller.prefetchingOn(executor).pull(SeriesKey.all(), 3, 4);

            assertEquals(3, result.pages());
            assertEquals(List.of(3, 1, 3, 1, 1), source.packs().stream().map(List::size).toList());
            assertEquals(serverListing(), source.packs().stream().flatMap(List::stream).toList(), "packs in listing order");
            assertEquals(5 + 1, transactions.committed(), "one transaction per pack, one for the cursor");
            assertEquals(Set.of("prefetch"), packThreads);
            assertEquals(CHUNKS, result.fetched());
            assertStoresEqual();
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aPrefetchingPullFailingAtItsSecondPackKeepsTheFirstAndResumes() throws InterruptedException {
        writeServerChunkByChunk();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        source.beforePack((pack, refs) -> {
            if (pack == 2) {
                throw new ChunkSourceException("server gone");
            }
        });
        try {
            ChunkPuller prefetching = puller.prefetchingOn(executor);
            assertEquals("server gone", assertThrows(ChunkSourceException.class, () -> prefetching.pull(SeriesKey.all(), 3, 5)).getMessage());
            assertEquals(3, db.count(CLIENT), "the pack before the failure is imported, none after");

            source.beforePack((pack, refs) -> { });
            prefetching.pull(SeriesKey.all(), 3, 5);

            assertEquals(CHUNKS, db.count(CLIENT));
            assertStoresEqual();
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void pullByFilterChangesOnlyThoseSeriesThenAFullPullTheRest() {
        writeServerChunkByChunk();
        puller.pull(SeriesKey.all(), 100, 100);
        DenseSeries oldC = inClient(s -> s.getTs(C));
        updateServer(A, "2025-02-10T00:00", 1000);
        updateServer(C, "2025-02-10T00:00", 2000);

        PullResult partial = puller.pull(version(1), 2, 2);

        assertTrue(partial.fetched() >= 1);
        assertSeries(server(s -> s.getTs(A)), inClient(s -> s.getTs(A)));
        assertSeries(oldC, inClient(s -> s.getTs(C)));
        DenseSeries newC = server(s -> s.getTs(C));
        assertNotEquals(newC, oldC);

        puller.pull(SeriesKey.all(), 2, 2);

        assertSeries(server(s -> s.getTs(C)), inClient(s -> s.getTs(C)));
        assertStoresEqual();
    }

    @Test
    void trackedDeletesArriveAsTombstones() {
        writeServerChunkByChunk();
        puller.pull(SeriesKey.all(), 100, 100);
        SeriesKey neverPulled = key(3, "x");
        updateServer(neverPulled, "2025-01-05T00:00", 1);
        db.run(SERVER, s -> {
            s.delete(A, true);
            s.delete(version(2), true);
            s.delete(neverPulled, true);
        });

        PullResult result = puller.pull(SeriesKey.all(), 2, 3);

        assertEquals(0, result.fetched());
        assertEquals(MONTHS + MONTHS + 1, result.deleted(), "every tombstone, of chunks held or never held");
        assertEmpty(inClient(s -> s.getTs(A)));
        assertEmpty(inClient(s -> s.getTs(C)));
        assertSeries(server(s -> s.getTs(B)), inClient(s -> s.getTs(B)));
        assertStoresEqual();
        assertEquals(CHUNKS + 1, db.count(CLIENT, "WHERE is_deleted") + db.count(CLIENT, "WHERE NOT is_deleted"));
    }

    @Test
    void replaceThatShrinksASeriesTombstonesItsOtherChunks() {
        writeServerChunkByChunk();
        puller.pull(SeriesKey.all(), 100, 100);
        long relisted = chunksAtNewestInstant(SeriesKey.all());
        db.run(SERVER, s -> s.setTs(A, ramp(paris("2025-01-20T00:00"), HOUR, 24, 7), WriteMode.REPLACE));

        PullResult result = puller.pull(SeriesKey.all(), 100, 100);

        assertEquals(1 + relisted, result.fetched(), "January rewritten, and the chunk at the cursor again");
        assertEquals(2, result.deleted(), "February and March tombstoned");
        assertSeries(server(s -> s.getTs(A)), inClient(s -> s.getTs(A)));
        assertStoresEqual();
    }

    @Test
    void pullKilledAfterItsFirstPackResumesWithNothingLostNorDuplicated() {
        writeServerChunkByChunk();
        source.beforePack((pack, refs) -> {
            if (pack == 2) {
                throw new ChunkSourceException("server gone");
            }
        });

        assertThrows(ChunkSourceException.class, () -> puller.pull(SeriesKey.all(), 3, 5));

        List<ChunkRef> firstPack = serverListing().subList(0, 3);
        assertEquals(firstPack, source.packs().get(0));
        assertEquals(Map.copyOf(chunks(SERVER)).entrySet().stream().filter(e -> firstPack.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), chunks(CLIENT), "the first pack is kept");
        long relisted = chunksAtNewestInstant(SeriesKey.all());

        source.beforePack((pack, refs) -> { });
        PullResult resumed = puller.pull(SeriesKey.all(), 3, 5);

        assertEquals(CHUNKS - 3 + relisted, resumed.fetched());
        assertEquals(CHUNKS, db.count(CLIENT));
        assertStoresEqual();
    }

    @Test
    void chunkRewrittenAfterItsListingWaitsForItsNewListing() {
        writeServerChunkByChunk();
        ChunkRef firstListed = serverListing().get(0);
        source.beforePack((pack, refs) -> {
            if (pack == 1) {
                updateServer(firstListed.key(), "2025-01-01T00:00", 5000);
            } else if (pack == 2) {
                throw new ChunkSourceException("server gone");
            }
        });

        assertThrows(ChunkSourceException.class, () -> puller.pull(SeriesKey.all(), 1, 100));

        assertEquals(0, db.count(CLIENT), "the rewritten chunk, newer than the listing, would have moved the cursor past the rest");

        source.beforePack((pack, refs) -> { });
        puller.pull(SeriesKey.all(), 1, 100);

        assertStoresEqual();
        assertSeries(server(s -> s.getTs(firstListed.key())), inClient(s -> s.getTs(firstListed.key())));
    }

    @Test
    void packNotMatchingItsRequestIsRefused() {
        writeServerChunkByChunk();
        ChunkSource reversing = new ChunkSource() {
            @Override
            public String upstream() {
                return source.upstream();
            }

            @Override
            public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
                return source.updates(since, filter, pageSize, pageToken);
            }

            @Override
            public List<ChunkTransfer> pack(List<ChunkRef> refs) {
                List<ChunkTransfer> pack = new ArrayList<>(source.pack(refs));
                Collections.reverse(pack);
                return pack;
            }
        };

        ChunkSourceException e = assertThrows(ChunkSourceException.class,
                () -> new ChunkPuller("mirror", reversing, client, transactions).pull(SeriesKey.all(), 2, 10));

        StoreFixtures.assertMentions(e.getMessage(), "chunk 0 of a pack");
        assertEquals(0, db.count(CLIENT));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsRead() {
        assertEquals("batch", assertThrows(InvalidArgumentException.class, () -> puller.pull(SeriesKey.all(), 0, 10)).argument());
        assertEquals("pageSize", assertThrows(InvalidArgumentException.class, () -> puller.pull(SeriesKey.all(), 1, 0)).argument());
        assertEquals("filter", assertThrows(InvalidArgumentException.class, () -> puller.pull(null, 1, 1)).argument());
        assertThrows(InvalidKeyException.class, () -> puller.pull(SeriesKey.of("colour", "red"), 1, 1));
        assertEquals("maxWait", assertThrows(InvalidArgumentException.class,
                () -> puller.prefetchingOn(Runnable::run, Duration.ZERO)).argument());
        assertEquals(0, source.pages());
        assertFalse(em.getTransaction().isActive());
    }

    // ---- fixtures ----

    /** Each series month by month, one transaction each, so that every chunk has an updated_at of its own. */
    private static void writeServerChunkByChunk() {
        double first = 0;
        for (SeriesKey key : SERIES) {
            for (int month = 0; month < MONTHS; month++) {
                LocalDate day = LocalDate.of(2025, 1 + month, 3);
                DenseSeries values = ramp(paris(day + "T00:00"), HOUR, 72, first);
                first += 100;
                db.run(SERVER, s -> s.setTs(key, values, WriteMode.UPDATE));
            }
        }
    }

    private static void updateServer(SeriesKey key, String localStart, double first) {
        db.run(SERVER, s -> s.setTs(key, ramp(paris(localStart), HOUR, 5, first), WriteMode.UPDATE));
    }

    private static <T> T server(Function<JpaTimeseriesChunkStore, T> read) {
        return db.inTransaction(SERVER, read);
    }

    private static <T> T inClient(Function<JpaTimeseriesChunkStore, T> read) {
        return db.inTransaction(CLIENT, read);
    }

    /** The server's chunks in listing order. */
    private static List<ChunkRef> serverListing() {
        return server(s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 1000, 0).updates()).stream().map(ChunkUpdate::ref).toList();
    }

    private static long serverBlobBytes() {
        return chunks(SERVER).values().stream().mapToLong(c -> c.dataHex().length() / 2).sum();
    }

    /** How many server chunks share the newest updated_at under the filter: what a pull lists again. */
    private static long chunksAtNewestInstant(SeriesKey filter) {
        return server(s -> {
            Instant newest = s.lastUpdatedAt(filter);
            return s.listUpdates(newest, filter, 1000, 0).updates().stream().filter(u -> u.updatedAt().equals(newest)).count();
        });
    }

    /**
     * Every chunk of a store, tombstones included, by reference: the server's as written, the client's as imported (its
     * upstream stamp in place of its own), so that a faithful copy compares equal.
     */
    private static Map<ChunkRef, StoredRow> chunks(Class<? extends TimeseriesChunk> entity) {
        Function<StoredRow, StoredRow> view = entity == SERVER ? StoredRow::asSource : StoredRow::asImported;
        return db.rows(entity).stream().map(view).collect(Collectors.toMap(StoredRow::ref, Function.identity(), (x, y) -> {
            throw new AssertionError("chunk stored twice: " + x);
        }, () -> new TreeMap<>(ChunkPullerTest::compareRefs)));
    }

    private static int compareRefs(ChunkRef x, ChunkRef y) {
        int byKey = x.key().toString().compareTo(y.key().toString());
        return byKey != 0 ? byKey : Integer.compare(x.chunkIndex(), y.chunkIndex());
    }

    private static void assertStoresEqual() {
        Map<ChunkRef, StoredRow> server = chunks(SERVER);
        assertFalse(server.isEmpty());
        assertEquals(server, chunks(CLIENT));
    }
}
