package io.holcstore.sync;

import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.List;

/**
 * Where a pull reads changed chunks from: the sync server of a store of the same definition as the local one (its
 * {@code updates/} and {@code pack/} over HTTP), or another store of the same JVM ({@link LocalChunkSource}).
 * Implementations need not be thread-safe: a puller calls them one at a time (from its caller's thread, or from its
 * prefetch executor's), outside any local transaction.
 *
 * <p>A source over another store in the same JVM raises that store's own errors where the methods name them; a
 * source over HTTP reports every refusal of the server (a 4xx answer, e.g. an unknown filter field or a chunk it
 * does not store) as a {@link ChunkSourceException} naming the request, the status and the server's message.
 * Either way the pull stops, having imported only whole packs.
 */
public interface ChunkSource {

    /**
     * A stable identity of the source, under which the local store keeps the position of each pull from it: the same
     * source must give the same text across restarts, and two sources the same text only if they list the same chunks
     * at the same stamps. Over HTTP, the base URL without user info, query or fragment; for a store of the same JVM,
     * e.g. {@code local:<table>}. At most {@value io.holcstore.store.PullPosition#MAX_UPSTREAM_LENGTH} characters.
     */
    String upstream();

    /**
     * One page of the chunks changed at or after {@code since}, ordered by ({@code updated_at}, id) as
     * {@code TimeseriesChunkStore.listUpdates} lists them, tombstones included.
     *
     * @param since     the oldest {@code updated_at} wanted (inclusive)
     * @param filter    the key fields the chunks must match; the empty key for every chunk
     * @param pageSize  at most this many updates on the page, at least 1 (a server may cap it lower)
     * @param pageToken null for the first page; otherwise the {@link UpdatesPage#next() next} token of the previous
     *                  page of the same walk (same {@code since}, filter and page size), opaque to the caller (over
     *                  HTTP, the server's {@code next} link)
     * @return the page; an empty page without a next token when nothing changed
     * @throws io.holcstore.store.InvalidKeyException if the filter names a field the source's store lacks (a
     *                                                source in the same JVM; over HTTP, a ChunkSourceException)
     * @throws ChunkSourceException if the source cannot answer (unreachable, server error, malformed answer)
     */
    UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken);

    /**
     * The named chunks, blobs exactly as the source stores them, tombstones included.
     *
     * @param refs the chunks, as {@link #updates} listed them; an empty list gives an empty list
     * @return one transfer per ref, in the order of {@code refs}; a chunk rewritten since it was listed comes with
     *         its new data and {@code updated_at}
     * @throws ChunkNotFoundException naming a chunk the source does not store (a source in the same JVM; over
     *                                HTTP, a ChunkSourceException)
     * @throws ChunkSourceException if the source cannot answer (unreachable, server error, malformed answer)
     */
    List<ChunkTransfer> pack(List<ChunkRef> refs);
}
