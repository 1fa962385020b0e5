package io.holcstore.rest.sync.client.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.sync.client.BusyUpstreamPolicy;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSourceException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

/**
 * The rules {@link RestClientChunkSource} shares with {@link HttpChunkSource}, checked before any request is sent,
 * so no REST Client implementation is needed: next links kept to the upstream's origin, page sizes and arguments
 * checked with errors naming them, the same upstream identity.
 */
class RestClientChunkSourceTest {
    private static final URI BASE = URI.create("http://user:pw@127.0.0.1:8080/api/sync/demo");
    private static final Instant SINCE = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aNextLinkToAnotherOriginIsRefusedNamingItBeforeAnythingIsSent() {
        for (String foreign : new String[] {"http://127.0.0.2:8080/api/sync/demo/updates/?limit=2",
                "https://127.0.0.1:8080/api/sync/demo/updates/?limit=2", "http://127.0.0.1:8081/api/sync/demo/updates/"}) {
            ChunkSourceException e = assertThrows(ChunkSourceException.class,
                    () -> source().updates(SINCE, SeriesKey.all(), 2, foreign));
            assertTrue(e.getMessage().contains("gave the link " + foreign), e.getMessage());
            assertTrue(e.getMessage().contains("outside the upstream's origin http://127.0.0.1:8080"), e.getMessage());
        }
    }

    @Test
    void argumentsAreCheckedNamingThem() {
        assertEquals("pageSize", assertThrows(InvalidArgumentException.class,
                () -> source().updates(SINCE, SeriesKey.all(), 0, null)).argument());
        assertEquals("base", assertThrows(InvalidArgumentException.class, () -> new RestClientChunkSource(
                URI.create("ftp://127.0.0.1/sync/"), new GuardedSyncCalls(), PackMethod.POST, BusyUpstreamPolicy.defaults(),
                1)).argument());
        assertEquals("maxBlobBytes", assertThrows(InvalidArgumentException.class, () -> new RestClientChunkSource(
                BASE, new GuardedSyncCalls(), PackMethod.POST, BusyUpstreamPolicy.defaults(), -1)).argument());
    }

    @Test
    void itsUpstreamIsTheJdkClientSourcesForTheSameUrl() {
        assertEquals("http://127.0.0.1:8080/api/sync/demo/", source().upstream());
        assertEquals(new HttpChunkSource(BASE).upstream(), source().upstream());
    }

    private static RestClientChunkSource source() {
        return new RestClientChunkSource(BASE, new GuardedSyncCalls(), PackMethod.POST, BusyUpstreamPolicy.defaults(),
                HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
    }
}
