package io.holcstore.rest.sync.server;

import io.holcstore.rest.http.BodyLimit;
import io.holcstore.rest.sync.wire.PackRequestEntry;
import io.holcstore.rest.sync.wire.PackRequestReader;
import io.holcstore.rest.sync.wire.UpdatesPageHead;
import io.holcstore.rest.sync.wire.UpdatesPageWriter;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.UpdatesListing;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * The resource methods of {@link SyncResource}, the class an application subclasses; useless alone:
 * {@link #store()} fails here.
 *
 * <p>Concrete, and apart from that abstract class, for the reason {@link io.holcstore.rest.api.SeriesResourceMethods}
 * gives: JAX-RS registers every class declaring a {@code @Path} method and warns at every start of each abstract one;
 * this one, with no class-level {@code @Path}, it can instantiate and never routes a request to.
 */
public class SyncResourceMethods {
    /** Chunks per {@code exportChunks} call: the blobs a pack holds in memory at once. */
    public static final int EXPORT_SLICE = 100;

    private static final Logger LOG = Logger.getLogger(SyncResourceMethods.class.getName());

    protected SyncResourceMethods() {
    }

    /**
     * The sync store this resource serves; {@link SyncResource} declares it abstract.
     *
     * @throws IllegalStateException always: only a subclass of {@link SyncResource} has a store
     */
    protected TimeseriesChunkStore store() {
        throw new IllegalStateException(getClass().getName() + " serves no store: extend SyncResource");
    }

    /** The page and pack caps; {@link SyncLimits#configured()} unless overridden. */
    protected SyncLimits limits() {
        return SyncLimits.configured();
    }

    /** The cap on pack request bodies; {@link BodyLimit#configured()} unless overridden. */
    protected BodyLimit bodyLimit() {
        return BodyLimit.configured();
    }

    /**
     * One page of the changes. Counted and listed before the response starts, so that a bad filter value or a
     * store without sync is a clean error; the page (at most the cap) is then streamed.
     */
    @GET
    @Path("updates/")
    @Produces(MediaType.APPLICATION_JSON)
    public Response updates(@Context UriInfo uri) {
        TimeseriesChunkStore store = store();
        UpdatesQuery query = UpdatesQuery.parse(uri.getQueryParameters(), store.keyFields(), limits().maxPageSize());
        UpdatesListing listing = store.listUpdates(query.since(), query.filter(), query.lookups(), query.limit(),
                query.after().orElse(null), query.offset());
        UpdatesLinks links = new UpdatesLinks(uri.getRequestUri(), query);
        UpdatesPageHead head = new UpdatesPageHead(listing.count(), links.next(listing.next()), links.previous());
        LOG.fine(() -> "updates since " + query.since() + " " + query.filter() + query.lookups() + query.after().map(a -> " after " + a.token())
                .orElse(" offset " + query.offset()) + ": " + listing.updates().size() + " of " + listing.count());
        StreamingOutput page = output -> {
            UpdatesPageWriter writer = UpdatesPageWriter.begin(output, head);
            listing.updates().forEach(writer::write);
            writer.end();
        };
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The chunks a GET body names: the reference's client sends its pack request so. Jersey warns at deployment
     * that a GET should not consume an entity; this one must, and the server must accept GET bodies (Payara:
     * {@code allow-payload-for-undefined-http-methods}).
     */
    @GET
    @Path("pack/")
    @Produces(MediaType.APPLICATION_JSON)
    public Response packOfGet(@Context HttpHeaders headers, InputStream body) {
        return pack(headers, body);
    }

    /** The chunks a POST body names: for clients and proxies that drop GET bodies. */
    @POST
    @Path("pack/")
    @Produces(MediaType.APPLICATION_JSON)
    public Response packOfPost(@Context HttpHeaders headers, InputStream body) {
        return pack(headers, body);
    }

    private Response pack(HttpHeaders headers, InputStream body) {
        TimeseriesChunkStore store = store();
        if (!store.settings().sync()) {
            throw new OperationNotAllowedException("this store has no sync: it serves no pack");
        }
        MediaType type = headers.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("a pack request is JSON (application/json), got " + type);
        }
        InputStream limited = bodyLimit().limit(body, headers.getLength());
        List<PackRequestEntry> entries = new PackRequestReader(limits().maxPackChunks()).read(limited);
        LOG.fine(() -> "pack of " + entries.size() + " chunks");
        return Response.ok(PackExport.start(store, entries, EXPORT_SLICE), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
