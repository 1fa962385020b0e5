package io.holcstore.example.api;

import io.holcstore.example.pull.MirrorPuller;
import io.holcstore.example.stores.DemoMirrorBean;
import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.sync.PullResult;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The series HTTP API of {@code DemoMirror}: {@code GET /api/stores/mirror/series}, {@code .../series/many}; its
 * {@code PUT} and {@code DELETE} answer 409 {@code read_only_store}, as the store itself refuses them (a
 * {@link io.holcstore.mapping.PullTarget}). And {@code POST /api/stores/mirror/pull}, a pull now rather than at the next
 * timer: {@code {"fetched": n, "deleted": m}}, or, through the library's error mapping, 502 {@code upstream_failed}
 * (504 {@code upstream_timeout}) naming the upstream's {@code url} and {@code status}.
 */
@Path("stores/mirror")
public class MirrorSeriesResource extends SeriesResource {
    @EJB
    private DemoMirrorBean store;
    @Inject
    private MirrorPuller puller;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }

    /** Pulls the upstream's changes now: chunks and tombstones imported, or why the upstream failed. */
    @POST
    @Path("pull")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pull() {
        PullResult result = puller.pull();
        return Response.ok(Json.createObjectBuilder().add("fetched", result.fetched())
                .add("deleted", result.deleted()).build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
