package io.holcstore.rest.sync.server;

import io.holcstore.rest.http.BodyLimit;
import io.holcstore.store.TimeseriesChunkStore;

/**
 * The sync server of one sync store (SPEC 4), wire-compatible with the Python reference's, so that its client and
 * ours pull from it. An application binds it to a store by subclassing it, with its own path and, if it likes,
 * roles:
 * <pre>{@code
 * @Path("sync/demo")
 * @RolesAllowed("sync")
 * public class DemoSyncResource extends SyncResource {
 *     @EJB
 *     private DemoStoreBean store;
 *
 *     @Override
 *     protected TimeseriesChunkStore store() {
 *         return store;
 *     }
 * }
 * }</pre>
 * which serves, under that path:
 * <ul>
 * <li>{@code GET updates/?since=<ISO>&limit=N[&offset=M|&after=<position>][&<key field>[__in|__gt|__gte|__lt|__lte]=<value>...]}
 * → one page of
 * the chunks changed at or after {@code since}, {@code {"count", "next", "previous", "results"}}, ordered by
 * ({@code updated_at}, id), as the store lists them losslessly ({@code TimeseriesChunkStore.listUpdates}); {@code next}
 * resumes after the page's last row, whether the page was asked by offset or by position; a {@code limit} above
 * {@value SyncLimits#MAX_PAGE_SIZE_KEY} is served capped, its {@code next} link carrying the cap
 * ({@link UpdatesQuery}, {@link UpdatesLinks});</li>
 * <li>{@code GET} (as the reference's client sends it) or {@code POST pack/} with a JSON body
 * {@code [{"attrs", "chunk_index"}, ...]} → those chunks in request order, blobs exactly as stored, streamed by
 * slices ({@link PackExport}); at most {@value SyncLimits#MAX_PACK_CHUNKS_KEY} chunks, the body within
 * {@link BodyLimit}; no body → {@code []}; a chunk rewritten since the request entry's {@code updated_at} is reported
 * with that instant ({@link PackExport#reported}).</li>
 * </ul>
 * Every bad request is a 400 JSON error naming the parameter or entry at fault, a chunk not stored a 404, a store
 * without sync a 409 ({@code io.holcstore.rest.error}). The resource methods are {@link SyncResourceMethods}'.
 */
public abstract class SyncResource extends SyncResourceMethods {

    /** The sync store this resource serves, e.g. an injected store EJB. */
    @Override
    protected abstract TimeseriesChunkStore store();
}
