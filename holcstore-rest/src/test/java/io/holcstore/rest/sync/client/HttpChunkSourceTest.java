package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.sync.client.ScriptedSyncServer.Answer;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.UpdatesPage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link HttpChunkSource} against a local JDK HTTP server answering the reference's captured bodies, or errors. */
class HttpChunkSourceTest {
    private static final Instant SINCE = Instant.parse("1999-12-31T23:00:00Z");
    private static final SeriesKey VERSION_3 = SeriesKey.of("version", 3);
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(10));
    private static final List<ChunkRef> PACK_13 = List.of(new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2025),
            new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2024));

    @Test
    void walksThePagesByTheirNextLinks() throws Exception {
        AtomicInteger pages = new AtomicInteger();
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> {
            pages.incrementAndGet();
            boolean second = request.uri().getQuery().contains("offset=2");
            return Answer.json(ScriptedSyncServer.captured(second ? "02_updates_filter_page2.body.json"
                    : "01_updates_filter_page1.body.json"));
        })) {
            HttpChunkSource source = source(server, PackMethod.POST);

            UpdatesPage first = source.updates(SINCE, VERSION_3, 2, null);
            assertEquals(2, first.updates().size());
            assertEquals(2025, first.updates().get(0).chunkIndex());
            String next = first.next().orElseThrow();
            assertTrue(next.startsWith(server.origin() + "/sync/year/updates/?"), next);
            UpdatesPage second = source.updates(SINCE, VERSION_3, 2, next);
            assertEquals(1, second.updates().size());
            assertTrue(second.updates().get(0).deleted());
            assertFalse(second.next().isPresent());

            URI asked = server.received().get(0).uri();
            assertEquals("/sync/year/updates/", asked.getPath());
            assertEquals("since=1999-12-31T23%3A00%3A00Z&limit=2&version=3", asked.getRawQuery());
            assertEquals(URI.create(next).getRawQuery(), server.received().get(1).uri().getRawQuery());
            assertEquals(2, pages.get());
        }
    }

    @Test
    void postsThePackRequestAndDecodesThePack() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.json(capturedPack()))) {
            List<ChunkTransfer> pack = source(server, PackMethod.POST).pack(PACK_13);

            assertEquals(PACK_13, pack.stream().map(ChunkTransfer::ref).toList());
            assertFalse(pack.get(0).deleted());
            assertTrue(pack.get(0).data().length > 0);
            assertTrue(pack.get(1).deleted());
            ScriptedSyncServer.Received request = server.received().get(0);
            assertEquals("POST", request.method());
            assertEquals("/sync/year/pack/", request.uri().getPath());
            assertEquals("[{\"attrs\":{\"kind\":\"A\",\"version\":1},\"chunk_index\":2025},"
                    + "{\"attrs\":{\"kind\":\"A\",\"version\":1},\"chunk_index\":2024}]", request.body());
        }
    }

    @Test
    void sendsTheReferenceServerAGetWithTheBody() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> request.method().equals("GET")
                ? Answer.json(capturedPack()) : Answer.status(405, Map.of("Allow", "GET, HEAD, OPTIONS")))) {
            List<ChunkTransfer> pack = source(server, PackMethod.GET_WITH_BODY).pack(PACK_13);

            assertEquals(2, pack.size());
            assertEquals("GET", server.received().get(0).method());
            assertTrue(server.received().get(0).body().contains("\"chunk_index\":2024"));
        }
    }

    @Test
    void refusesAPackLongerThanAsked() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.json(capturedPack()))) {
            ChunkSourceException e = assertThrows(ChunkSourceException.class,
                    () -> source(server, PackMethod.POST).pack(PACK_13.subList(0, 1)));
            assertTrue(e.getMessage().contains(server.origin() + "/sync/year/pack/"), e.getMessage());
            assertEquals(1, server.received().size(), "a malformed answer is not retried");
        }
    }

    @Test
    void waitsRetryAfterOn429ThenCompletes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy noFailureAllowed = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> calls.incrementAndGet() == 1
                ? Answer.status(429, Map.of("Retry-After", "1")) : Answer.json(capturedPack()))) {
            long start = System.nanoTime();
            HttpChunkSource source = new HttpChunkSource(URI.create(server.origin() + "/sync/year"),
                    HttpClient.newHttpClient(), PackMethod.POST, noFailureAllowed, HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);

            assertEquals(2, source.pack(PACK_13).size());
            assertEquals(2, calls.get());
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(950).toNanos(), "waited Retry-After");
        }
    }

    @Test
    void retries503ThenCompletes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> calls.incrementAndGet() <= 2
                ? Answer.status(503, Map.of()) : Answer.json(capturedPack()))) {
            assertEquals(2, source(server, PackMethod.POST).pack(PACK_13).size());
            assertEquals(3, calls.get());
        }
    }

    @Test
    void gives500UpAfterTheTriesNamingUrlAndStatus() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.status(500, Map.of()))) {
            ChunkSourceException e = assertThrows(ChunkSourceException.class,
                    () -> source(server, PackMethod.POST).updates(SINCE, VERSION_3, 2, null));
            assertTrue(e.getMessage().contains(server.origin() + "/sync/year/updates/?since="), e.getMessage());
            assertTrue(e.getMessage().contains("500"), e.getMessage());
            assertEquals(QUICK.maxTries(), server.received().size());
        }
    }

    @Test
    void failsAtOnceOn400() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.status(400, Map.of()))) {
            ChunkSourceException e = assertThrows(ChunkSourceException.class,
                    () -> source(server, PackMethod.POST).updates(SINCE, VERSION_3, 2, null));
            assertTrue(e.getMessage().contains(server.origin() + "/sync/year/updates/"), e.getMessage());
            assertTrue(e.getMessage().contains("400"), e.getMessage());
            assertEquals(1, server.received().size());
        }
    }

    @Test
    void retriesAnUnreachableServerThenNamesIt() throws Exception {
        String origin;
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.json("[]"))) {
            origin = server.origin();
        }
        HttpChunkSource source = new HttpChunkSource(URI.create(origin + "/sync/year/"), HttpClient.newHttpClient(),
                PackMethod.POST, QUICK, 1024);
        ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> source.pack(PACK_13));
        assertTrue(e.getMessage().contains(origin + "/sync/year/pack/"), e.getMessage());
        assertTrue(e.getMessage().contains("3 tries"), e.getMessage());
    }

    private static HttpChunkSource source(ScriptedSyncServer server, PackMethod method) {
        return new HttpChunkSource(URI.create(server.origin() + "/sync/year/"), HttpClient.newHttpClient(), method,
                QUICK, HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
    }

    private static String capturedPack() {
        return ScriptedSyncServer.captured("13_pack_update_entries.body.json");
    }
}
