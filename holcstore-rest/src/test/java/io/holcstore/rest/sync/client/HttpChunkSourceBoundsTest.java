package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.sync.client.ScriptedSyncServer.Answer;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.UpdatesPage;
import org.junit.jupiter.api.Test;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What keeps {@link HttpChunkSource} from hanging, flooding or leaking, against local JDK HTTP servers that stall,
 * answer 429 forever, send endless pages, link to another host, or refuse POST as the reference's server does.
 */
class HttpChunkSourceBoundsTest {
    private static final Instant SINCE = Instant.parse("1999-12-31T23:00:00Z");
    private static final SeriesKey VERSION_3 = SeriesKey.of("version", 3);
    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20),
            new BusyUpstreamPolicy(4, Duration.ofMillis(5), Duration.ofMillis(100), Duration.ofSeconds(5)),
            Duration.ofSeconds(30));
    private static final List<ChunkRef> PACK_13 = List.of(new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2025),
            new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2024));
    private static final String PAGE_1 = "01_updates_filter_page1.body.json";

    @Test
    void aBodyThatStallsAfterItsHeadersTimesOutAndIsRetriedWithinTheTries() throws Exception {
        String page = ScriptedSyncServer.captured(PAGE_1);
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.stalled(page, 20, Duration.ofSeconds(10)))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/")).retry(QUICK)
                    .requestTimeout(Duration.ofMillis(300)).build();

            ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> source.updates(SINCE, VERSION_3, 2, null));

            assertTrue(e.getMessage().contains("did not arrive within PT0.3S"), e.getMessage());
            assertTrue(e.getMessage().contains("2 tries"), e.getMessage());
            assertEquals(QUICK.maxTries(), server.received().size());
        }
    }

    @Test
    void answers429WithRetryAfterZeroForeverFailWithinTheBudget() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> calls.incrementAndGet() <= 50
                ? Answer.status(429, Map.of("Retry-After", "0")) : Answer.json(capturedPack()))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/")).retry(QUICK).build();

            UpstreamBusyException e = assertThrows(UpstreamBusyException.class, () -> source.pack(PACK_13));

            assertEquals(OptionalInt.of(429), e.status());
            assertTrue(e.getMessage().contains("answered 429 5 times, more than the 4 allowed"), e.getMessage());
            assertEquals(QUICK.busy().maxBusyAnswers() + 1, server.received().size());
        }
    }

    @Test
    void aPageOfMoreResultsThanTheLimitIsRefusedWithoutReadingItWhole() throws Exception {
        String entry = "{\"attrs\":{\"version\":3,\"kind\":\"C\"},\"chunk_index\":2025,\"dtype\":\"float64\","
                + "\"start_ts\":\"2024-12-31T23:00:00Z\",\"updated_at\":\"2026-11-23T23:23:13.409524Z\",\"is_deleted\":false}";
        AtomicInteger written = new AtomicInteger();
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.streamed(out -> {
            out.write("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200_000; i++) {
                out.write(((i == 0 ? "" : ",") + entry).getBytes(StandardCharsets.UTF_8));
                written.incrementAndGet();
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/")).retry(QUICK).build();

            ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> source.updates(SINCE, VERSION_3, 2, null));

            assertTrue(e.getMessage().contains("entry 2: the page holds more than 2 results"),
                    e.getMessage());
            assertEquals(1, server.received().size(), "a malformed answer is not retried");
        }
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedAndThatHostGetsNoRequest() throws Exception {
        try (ScriptedSyncServer foreign = new ScriptedSyncServer(request -> Answer.status(401,
                Map.of("WWW-Authenticate", "Basic realm=\"elsewhere\"")));
             ScriptedSyncServer upstream = new ScriptedSyncServer(request -> Answer.json(
                     ScriptedSyncServer.captured(PAGE_1).replace(ScriptedSyncServer.CAPTURED_ORIGIN, foreign.origin())))) {
            HttpClient answeringAnyHost = HttpClient.newBuilder().authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication("mirror", "s3cret".toCharArray());
                }
            }).build();
            HttpChunkSource source = HttpChunkSource.to(URI.create(upstream.origin() + "/sync/year/")).http(answeringAnyHost)
                    .retry(QUICK).build();
            HttpChunkSource withToken = HttpChunkSource.to(URI.create(upstream.origin() + "/sync/year/"))
                    .headers(UpstreamHeaders.token("t0ken")).retry(QUICK).build();

            ChunkSourceException first = assertThrows(ChunkSourceException.class, () -> source.updates(SINCE, VERSION_3, 2, null));
            String link = foreign.origin() + "/sync/year/updates/?limit=2&offset=2";
            ChunkSourceException followed = assertThrows(ChunkSourceException.class,
                    () -> source.updates(SINCE, VERSION_3, 2, link));
            assertThrows(ChunkSourceException.class, () -> withToken.updates(SINCE, VERSION_3, 2, null));
            assertThrows(ChunkSourceException.class, () -> withToken.updates(SINCE, VERSION_3, 2, link));

            assertTrue(first.getMessage().contains("gave the link " + foreign.origin() + "/sync/year/updates/?limit=2"),
                    first.getMessage());
            assertTrue(first.getMessage().contains("outside the upstream's origin " + upstream.origin()), first.getMessage());
            assertTrue(followed.getMessage().contains(link), followed.getMessage());
            assertEquals(List.of(), foreign.received(), "the foreign host got no request, so no credentials");
            assertEquals("Token t0ken", upstream.received().get(1).header("Authorization"), "the upstream got the token");
        }
    }

    @Test
    void configuredHeadersGoWithEveryRequestToTheUpstream() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> request.uri().getPath().endsWith("pack/")
                ? Answer.json(capturedPack()) : Answer.json(ScriptedSyncServer.captured(PAGE_1)))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/"))
                    .headers(UpstreamHeaders.basic("mirror", "s3cret").with("X-Tenant", "north")).retry(QUICK).build();

            UpdatesPage page = source.updates(SINCE, VERSION_3, 2, null);
            source.updates(SINCE, VERSION_3, 2, page.next().orElseThrow());
            source.pack(PACK_13);

            assertEquals(3, server.received().size());
            for (ScriptedSyncServer.Received request : server.received()) {
                assertEquals("Basic bWlycm9yOnMzY3JldA==", request.header("Authorization"), request.uri().toString());
                assertEquals("north", request.header("X-Tenant"));
            }
        }
    }

    @Test
    void anAuthorizationHeaderIsRefusedBesideAnAuthenticatorThatWouldDropIt() {
        URI base = URI.create("http://127.0.0.1:1/sync/year/");
        HttpClient withAuthenticator = HttpClient.newBuilder()
                .authenticator(UpstreamOrigin.of(base, "base").authenticator(new PasswordAuthentication("mirror", new char[0])))
                .build();

        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HttpChunkSource.to(base)
                .http(withAuthenticator).headers(UpstreamHeaders.token("t0ken")).build());

        assertEquals("headers", e.argument());
    }

    @Test
    void aPostAnswered405SwitchesTheSourceToGetWithABodyForItsLife() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> request.method().equals("GET")
                ? Answer.json(capturedPack()) : Answer.status(405, Map.of("Allow", "GET, HEAD, OPTIONS")))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/")).retry(QUICK).build();

            List<ChunkTransfer> first = source.pack(PACK_13);
            List<ChunkTransfer> second = source.pack(PACK_13);

            assertEquals(PACK_13, first.stream().map(ChunkTransfer::ref).toList());
            assertEquals(PACK_13, second.stream().map(ChunkTransfer::ref).toList());
            assertEquals(List.of("POST", "GET", "GET"), server.received().stream().map(ScriptedSyncServer.Received::method).toList());
            assertEquals(server.received().get(0).body(), server.received().get(1).body(), "the same request, by GET");
            assertEquals(PackMethod.GET_WITH_BODY, source.packMethod());
        }
    }

    @Test
    void aGetWithBodyAnswered405IsNotRetriedAnotherWay() throws Exception {
        try (ScriptedSyncServer server = new ScriptedSyncServer(request -> Answer.status(405, Map.of()))) {
            HttpChunkSource source = HttpChunkSource.to(URI.create(server.origin() + "/sync/year/"))
                    .packMethod(PackMethod.GET_WITH_BODY).retry(QUICK).build();

            UpstreamException e = assertThrows(UpstreamException.class, () -> source.pack(PACK_13));

            assertEquals(UpstreamException.Failure.REFUSED, e.failure());
            assertEquals(OptionalInt.of(405), e.status());
            assertEquals(1, server.received().size());
        }
    }

    @Test
    void optionsAreCheckedWithErrorsNamingThem() {
        URI base = URI.create("http://127.0.0.1:1/sync/year/");
        assertEquals("base", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(URI.create("ftp://127.0.0.1/sync/"))).argument());
        assertEquals("base", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(URI.create("/sync/year/"))).argument());
        assertEquals("requestTimeout", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(base).requestTimeout(Duration.ZERO)).argument());
        assertEquals("maxBlobBytes", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(base).maxBlobBytes(-1)).argument());
        assertEquals("retry", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(base).retry(null)).argument());
        assertEquals("pageSize", assertThrows(InvalidArgumentException.class,
                () -> HttpChunkSource.to(base).build().updates(SINCE, VERSION_3, 0, null)).argument());
    }

    @Test
    void aClientFollowingRedirectsMayAnswerChallengesOfTheUpstreamOnly() {
        URI base = URI.create("http://127.0.0.1:1/sync/year/");
        Authenticator anyHost = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("mirror", new char[0]);
            }
        };
        HttpClient leaking = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).authenticator(anyHost).build();
        HttpClient bound = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .authenticator(UpstreamOrigin.of(base, "base").authenticator(new PasswordAuthentication("mirror", new char[0])))
                .build();

        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HttpChunkSource.to(base).http(leaking));

        assertEquals("http", e.argument());
        assertEquals(base.toString(), HttpChunkSource.to(base).http(bound).build().toString());
    }

    private static String capturedPack() {
        return ScriptedSyncServer.captured("13_pack_update_entries.body.json");
    }
}
