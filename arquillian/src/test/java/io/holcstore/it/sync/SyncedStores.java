package io.holcstore.it.sync;

import static io.holcstore.testing.StoreFixtures.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import io.holcstore.it.sync.SyncListing.ListedChunk;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.sync.PullResult;

/**
 * The server store and the client store of the sync ITs, with the checks made after each pull: the same series
 * (values, through the stores' reads) and the same chunks (blob, {@code is_deleted}, through their sync servers over
 * HTTP), and the counts a pull must report.
 */
final class SyncedStores {
    /** What a pull lists again besides the changes: the chunks at the client's cursor instant, live and tombstones. */
    record Relisted(long live, long tombstones) {
    }

    final TimeseriesChunkStore server;
    final TimeseriesChunkStore client;
    private final URI serverSync;
    private final URI clientSync;
    private final SyncListing listing;

    SyncedStores(TimeseriesChunkStore server, TimeseriesChunkStore client, URI serverSync, URI clientSync, SyncListing listing) {
        this.server = server;
        this.client = client;
        this.serverSync = serverSync;
        this.clientSync = clientSync;
        this.listing = listing;
    }

    /** Every series under the filter, by key: through yieldManyTs, as an application reads a store. */
    static Map<SeriesKey, DenseSeries> series(TimeseriesChunkStore store, SeriesKey filter) {
        Map<SeriesKey, DenseSeries> series = new LinkedHashMap<>();
        store.yieldManyTs(filter, null, null, true, keyed -> series.put(keyed.key(), keyed.series()));
        return series;
    }

    /** The client holds exactly the server's series under the filter, value for value. */
    void assertSameSeries(SeriesKey filter) {
        Map<SeriesKey, DenseSeries> expected = series(server, filter);
        Map<SeriesKey, DenseSeries> actual = series(client, filter);
        assertEquals(expected.keySet(), actual.keySet(), "series under " + filter);
        expected.forEach((key, values) -> assertSeries(values, actual.get(key)));
    }

    /**
     * Client and server hold the same series and the same chunks, tombstones included; the server holds some. Each
     * store stamps {@code updated_at} with its own clock, imports included, so chunks compare by everything else.
     */
    void assertEqual() {
        assertSameSeries(SeriesKey.all());
        SortedMap<String, ListedChunk> expected = serverChunks();
        assertFalse(expected.isEmpty(), "the server holds chunks");
        SortedMap<String, ListedChunk> actual = clientChunks();
        assertEquals(expected.keySet(), actual.keySet(), "chunks listed");
        assertEquals(content(expected), content(actual), "chunks: blob, start_ts, dtype, is_deleted");
    }

    /** The chunks without their {@code updated_at}: what a copy in another store shares with them. */
    static Map<String, ListedChunk> content(Map<String, ListedChunk> chunks) {
        Map<String, ListedChunk> content = new TreeMap<>();
        chunks.forEach((ref, c) -> content.put(ref, new ListedChunk(c.dtype(), c.startTs(), null, c.deleted(), c.blob())));
        return content;
    }

    SortedMap<String, ListedChunk> serverChunks() {
        return listing.chunks(serverSync);
    }

    SortedMap<String, ListedChunk> clientChunks() {
        return listing.chunks(clientSync);
    }

    /** The server's chunk refs in its listing order: the order a pull imports them. */
    List<String> serverListingOrder() {
        return listing.updates(serverSync, SyncListing.SINCE_EVER, SeriesKey.all()).stream().map(SyncListing::ref).toList();
    }

    /**
     * What a pull of the server under {@code filter} lists again on top of the changes: the server's chunks whose
     * {@code updated_at} is where the client's pull starts (inclusive). Ask before the pull.
     */
    Relisted relistedAtClientCursor(SeriesKey filter) {
        return relistedAtClientCursor(serverSync, filter);
    }

    /** {@link #relistedAtClientCursor(SeriesKey)} for a pull through {@code source}, a sync URL serving the server store. */
    Relisted relistedAtClientCursor(URI source, SeriesKey filter) {
        Instant cursor = client.pullStart(new HttpChunkSource(source).upstream(), filter);
        List<JsonObject> atCursor = listing.updates(serverSync, cursor, filter).stream()
                .filter(entry -> Instant.parse(entry.getString("updated_at")).equals(cursor)).toList();
        long tombstones = atCursor.stream().filter(entry -> entry.getBoolean("is_deleted")).count();
        return new Relisted(atCursor.size() - tombstones, tombstones);
    }

    /** The pull imported the changes and the relisted chunks, each once. */
    static void assertPulled(long changedLive, long changedTombstones, Relisted relisted, PullResult result, String what) {
        assertEquals(changedLive + relisted.live(), result.fetched(), what + ": chunks fetched (" + relisted + ")");
        assertEquals(changedTombstones + relisted.tombstones(), result.deleted(), what + ": tombstones (" + relisted + ")");
    }
}
