package io.holcstore.example.api;

import io.holcstore.example.pull.MirrorPuller;
import io.holcstore.example.stores.DemoMirrorBean;
import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.PullResult;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;

/**
 * The series HTTP API of {@code DemoMirror}, read-only: {@code GET /api/stores/mirror/series},
 * {@code .../series/many}; {@code PUT} and {@code DELETE} answer 409 {@code read_only_store}, since the mirror is a
 * pull target whose chunks must all be its upstream's ({@link ReadOnlyStoreAnswer}). And
 * {@code POST /api/stores/mirror/pull}, a pull now rather than at the next timer: {@code {"fetched": n, "deleted": m}},
 * or 502 (504 on a timeout) naming the upstream URL and status ({@link UpstreamFailureAnswer}).
 */
@Path("stores/mirror")
public class MirrorSeriesResource extends SeriesResource {
    static final String STORE = "DemoMirror";

    @EJB
    private DemoMirrorBean store;
    @Inject
    private MirrorPuller puller;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }

    /** Refused: 409 {@code read_only_store}; the body is not read. */
    @Override
    public Response write(UriInfo uri, HttpHeaders headers, InputStream body) {
        return ReadOnlyStoreAnswer.of(STORE, "PUT");
    }

    /** Refused: 409 {@code read_only_store}. */
    @Override
    public Response delete(UriInfo uri) {
        return ReadOnlyStoreAnswer.of(STORE, "DELETE");
    }

    /** Pulls the upstream's changes now: chunks and tombstones imported, or why the upstream failed. */
    @POST
    @Path("pull")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pull() {
        try {
            PullResult result = puller.pull();
            return Response.ok(Json.createObjectBuilder().add("fetched", result.fetched())
                    .add("deleted", result.deleted()).build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (ChunkSourceException e) {
            return UpstreamFailureAnswer.of(e);
        }
    }
}
