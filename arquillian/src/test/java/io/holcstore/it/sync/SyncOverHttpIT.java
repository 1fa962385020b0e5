package io.holcstore.it.sync;

import static io.holcstore.it.sync.LoadCurves.hourly;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.it.store.ChunkRows;
import io.holcstore.it.store.MonthParisSyncStoreBean;
import io.holcstore.it.support.LoopbackHttp;
import io.holcstore.it.sync.ScriptedFaults.Answer;
import io.holcstore.it.sync.ScriptedFaults.Endpoint;
import io.holcstore.it.sync.SyncListing.ListedChunk;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.rest.sync.client.RetryPolicy;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.WriteMode;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.PullResult;
import io.holcstore.sync.TransactionRunner;
import io.holcstore.testing.MonthParisSyncMirror;
import io.holcstore.testing.MonthParisSyncStore;

/**
 * Sync over real HTTP, in one Payara Micro against PostgreSQL: a server store served by a {@code SyncResource}
 * ({@code /api/sync/server}), a client store of the same definition pulled by a {@link ChunkPuller} over an
 * {@link HttpChunkSource} at this deployment's own loopback URL, each pack committed in a container transaction of
 * its own. The client store has a sync server too ({@code /api/sync/client}), so that the two are compared chunk by
 * chunk as served. {@code /api/sync/faulty} serves the server store again behind {@link ScriptedFaultFilter}.
 * The tests run in the container; each starts from empty stores.
 */
@ExtendWith(ArquillianExtension.class)
class SyncOverHttpIT {
    /** Three series of three months, written chunk by chunk: nine chunks, each with an updated_at of its own. */
    private static final List<SeriesKey> SERIES = List.of(key(1, "a"), key(1, "b"), key(2, "a"));
    private static final int CHUNKS = 9;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Quick retries, so that a permanent error fails in well under a second. */
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400),
            Duration.ofSeconds(10));

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("sync-http")
                .entities(MonthParisSyncStore.class, MonthParisSyncMirror.class)
                .classes(MonthParisSyncStoreBean.class, MonthParisSyncMirrorBean.class, ChunkRows.class,
                        ServerStoreSyncResource.class, ClientStoreSyncResource.class, FaultySyncResource.class,
                        ScriptedFaults.class, ScriptedFaultFilter.class, PullTransactions.class, TimedPulls.class,
                        DeploymentUrl.class, DeploymentUrlListener.class, LoopbackHttp.class, SyncListing.class,
                        SyncedStores.class, LoadCurves.class, ReferenceScenario.class, LockstepTransactions.class,
                        HeldPackSource.class, CrashingImports.class)
                .fixtures()
                .restLibrary()
                .jaxrs()
                .maxPoolSize(12)
                .build();
    }

    @EJB
    private MonthParisSyncStoreBean serverStore;
    @EJB
    private MonthParisSyncMirrorBean clientStore;
    @EJB
    private PullTransactions transactions;
    @EJB
    private ChunkRows rows;
    @EJB
    private ScriptedFaults faults;
    @EJB
    private TimedPulls timedPulls;
    @EJB
    private DeploymentUrl url;

    /** HTTP/1.1: over the JDK's default h2c upgrade, Payara receives a GET body empty. */
    private HttpClient http;
    private SyncedStores stores;

    @BeforeEach
    void emptyStores() throws Exception {
        rows.clear(List.of(MonthParisSyncStore.class, MonthParisSyncMirror.class));
        faults.clear();
        http = LoopbackHttp.client(url.api().toURL());
        stores = new SyncedStores(serverStore, clientStore, sync(ServerStoreSyncResource.PATH), sync(ClientStoreSyncResource.PATH),
                new SyncListing(http));
    }

    // ---- the reference's scenario ----

    @Test
    void referenceScenarioWithPostPacks() {
        // The source as the example builds it: defaults, POST packs.
        ChunkSource source = new HttpChunkSource(sync(ServerStoreSyncResource.PATH));
        new ReferenceScenario(stores, puller("POST packs", source, clientStore, transactions)).run();
    }

    @Test
    void referenceScenarioWithGetPacksCarryingABody() {
        ChunkSource source = source(ServerStoreSyncResource.PATH, PackMethod.GET_WITH_BODY, RetryPolicy.defaults());
        new ReferenceScenario(stores, puller("GET packs", source, clientStore, transactions)).run();
    }

    // ---- interrupted pulls ----

    @Test
    void pullRefusedItsSecondPackKeepsTheFirstAndTheNextPullImportsTheRestOnce() {
        writeServerChunkByChunk();
        faults.script(Endpoint.PACK, Answer.REAL, Answer.status(403));
        ChunkPuller puller = puller("faulty", source(FaultySyncResource.PATH, PackMethod.POST, QUICK_RETRIES), clientStore,
                transactions);

        ChunkSourceException refused = assertThrows(ChunkSourceException.class, () -> puller.pull(SeriesKey.all(), 3, 100));

        assertMentions(refused.getMessage(), "POST " + sync(FaultySyncResource.PATH).resolve("pack/"), "answered 403");
        assertEquals(List.of("updates real", "pack real", "pack 403"), faults.journal());
        assertClientHoldsTheFirstListed(3);

        SyncedStores.Relisted relisted = stores.relistedAtClientCursor(sync(FaultySyncResource.PATH), SeriesKey.all());
        assertEquals(new SyncedStores.Relisted(1, 0), relisted, "the newest chunk of the first pack");
        PullResult resumed = puller.pull(SeriesKey.all(), 3, 100);

        SyncedStores.assertPulled(CHUNKS - 3, 0, relisted, resumed, "resumed pull");
        stores.assertEqual();
        assertEquals(CHUNKS, stores.clientChunks().size());
    }

    @Test
    void pullCrashingAfterItsSecondImportRollsThatPackBackAndTheNextPullImportsTheRestOnce() {
        writeServerChunkByChunk();
        TimeseriesChunkStore crashing = CrashingImports.crashingAtImport(2, clientStore);
        ChunkSource source = source(ServerStoreSyncResource.PATH, PackMethod.POST, QUICK_RETRIES);

        RuntimeException crash = assertThrows(RuntimeException.class,
                () -> puller("crashing", source, crashing, transactions).pull(SeriesKey.all(), 3, 100));

        assertTrue(causes(crash).contains(CrashingImports.CRASH), () -> "the crash: " + causes(crash));
        assertClientHoldsTheFirstListed(3);

        SyncedStores.Relisted relisted = stores.relistedAtClientCursor(SeriesKey.all());
        PullResult resumed = puller("resumed", source, clientStore, transactions).pull(SeriesKey.all(), 3, 100);

        SyncedStores.assertPulled(CHUNKS - 3, 0, relisted, resumed, "resumed pull");
        assertEquals(1, relisted.live());
        stores.assertEqual();
    }

    // ---- racing imports ----

    @Test
    void timedAndManualPullsImportingTheSameChunksTogetherBothComplete() throws Exception {
        writeServerChunkByChunk();
        LockstepTransactions lockstep = new LockstepTransactions(transactions, 2, PATIENCE);
        ChunkPuller timed = puller("timed", source(ServerStoreSyncResource.PATH, PackMethod.POST, QUICK_RETRIES), clientStore,
                lockstep);
        ChunkPuller manual = puller("manual", source(ServerStoreSyncResource.PATH, PackMethod.GET_WITH_BODY, QUICK_RETRIES),
                clientStore, lockstep);

        CompletableFuture<PullResult> timedResult = timedPulls.pullNow(timed, SeriesKey.all(), 3, 100);
        PullResult manualResult = manual.pull(SeriesKey.all(), 3, 100);

        PullResult timedDone = timedResult.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertEquals(1 + 3, lockstep.stepsTogether(), "the cursor, then each of the three packs, at the same time");
        assertEquals(CHUNKS, manualResult.fetched());
        assertEquals(CHUNKS, timedDone.fetched());
        stores.assertEqual();
        assertEquals(CHUNKS, stores.clientChunks().size());
    }

    @Test
    void olderCopyHeldByASlowPullNeverOverwritesTheNewerOne() throws Exception {
        writeServerChunkByChunk();
        HeldPackSource held = new HeldPackSource(source(ServerStoreSyncResource.PATH, PackMethod.POST, QUICK_RETRIES), PATIENCE);
        CompletableFuture<PullResult> slow = timedPulls.pullNow(puller("slow", held, clientStore, transactions),
                SeriesKey.all(), 100, 100);
        held.awaitHeld();

        SeriesKey rewritten = SERIES.get(0);
        assertEquals(1, serverStore.setTs(rewritten, hourly("2025-01-03", 24, 99), WriteMode.UPDATE), "January rewritten");
        PullResult fast = puller("fast", source(ServerStoreSyncResource.PATH, PackMethod.POST, QUICK_RETRIES), clientStore,
                transactions).pull(SeriesKey.all(), 100, 100);
        assertEquals(CHUNKS, fast.fetched());
        stores.assertEqual();
        SortedMap<String, ListedChunk> newer = stores.clientChunks();

        held.release();
        slow.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertEquals(newer, stores.clientChunks(), "the slow pull's older January was left out, its other copies were the same");
        assertSeries(serverStore.getTs(rewritten), clientStore.getTs(rewritten));
        stores.assertEqual();
    }

    // ---- server errors ----

    @Test
    void tooManyRequestsAndAServiceUnavailableAreWaitedOut() {
        writeServerChunkByChunk();
        faults.script(Endpoint.UPDATES, Answer.tooManyRequests(1));
        faults.script(Endpoint.PACK, Answer.status(503));

        PullResult result = puller("faulty", source(FaultySyncResource.PATH, PackMethod.POST, QUICK_RETRIES), clientStore,
                transactions).pull(SeriesKey.all(), 100, 100);

        assertEquals(List.of("updates 429", "updates real", "pack 503", "pack real"), faults.journal());
        assertEquals(CHUNKS, result.fetched());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(1)) >= 0, () -> "Retry-After: 1 waited out: " + result.elapsed());
        stores.assertEqual();
    }

    @Test
    void permanentErrorsFailThePullNamingTheUrlAndTheStatus() {
        writeServerChunkByChunk();
        ChunkPuller puller = puller("faulty", source(FaultySyncResource.PATH, PackMethod.POST, QUICK_RETRIES), clientStore,
                transactions);
        faults.always(Endpoint.PACK, Answer.status(500));

        ChunkSourceException serverError = assertThrows(ChunkSourceException.class, () -> puller.pull(SeriesKey.all(), 100, 100));

        assertMentions(serverError.getMessage(), "POST " + sync(FaultySyncResource.PATH).resolve("pack/"), "answered 500", "(3 tries)");
        assertEquals(List.of("updates real", "pack 500", "pack 500", "pack 500"), faults.journal());

        faults.clear();
        faults.always(Endpoint.UPDATES, Answer.status(404));

        ChunkSourceException notFound = assertThrows(ChunkSourceException.class, () -> puller.pull(SeriesKey.all(), 100, 100));

        assertMentions(notFound.getMessage(), "GET " + sync(FaultySyncResource.PATH).resolve("updates/"), "answered 404");
        assertEquals(List.of("updates 404"), faults.journal(), "a 4xx is not retried");
        assertEquals(0, clientStore.yieldManyTs(SeriesKey.all(), null, null, true, keyed -> { }), "nothing imported");
    }

    // ---- fixtures ----

    /** Each series month by month, one write (so one updated_at) per chunk. */
    private void writeServerChunkByChunk() {
        long seed = 0;
        for (SeriesKey key : SERIES) {
            for (int month = 1; month <= 3; month++) {
                assertEquals(1, serverStore.setTs(key, hourly("2025-0" + month + "-03", 72, ++seed), WriteMode.UPDATE));
            }
        }
    }

    /** The client holds exactly the first {@code count} chunks the server lists, as the server holds them. */
    private void assertClientHoldsTheFirstListed(int count) {
        SortedMap<String, ListedChunk> expected = new TreeMap<>(stores.serverChunks());
        expected.keySet().retainAll(stores.serverListingOrder().subList(0, count));
        assertEquals(count, expected.size());
        assertEquals(SyncedStores.content(expected), SyncedStores.content(stores.clientChunks()));
    }

    private URI sync(String resourcePath) {
        return url.resolve(resourcePath + "/");
    }

    private HttpChunkSource source(String resourcePath, PackMethod packMethod, RetryPolicy retries) {
        return new HttpChunkSource(sync(resourcePath), http, packMethod, retries, HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
    }

    private static ChunkPuller puller(String name, ChunkSource source, TimeseriesChunkStore client, TransactionRunner transactions) {
        return new ChunkPuller(name + " from " + source, source, client, transactions, Duration.ZERO);
    }

    private static String causes(Throwable error) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            chain.append(cause).append(" <- ");
        }
        return chain.toString();
    }
}
