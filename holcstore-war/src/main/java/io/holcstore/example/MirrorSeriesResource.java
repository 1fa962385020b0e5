package io.holcstore.example;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.sync.PullResult;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The series HTTP API of {@link DemoMirror}: {@code /api/stores/mirror/series}, {@code /api/stores/mirror/series/many};
 * and {@code POST /api/stores/mirror/pull}, a pull now rather than at the next timer.
 */
@Path("stores/mirror")
public class MirrorSeriesResource extends SeriesResource {
    @EJB
    private DemoMirrorBean store;
    @EJB
    private MirrorPuller puller;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }

    /** Pulls the upstream's changes now: {@code {"fetched": n, "deleted": m}}, chunks and tombstones imported. */
    @POST
    @Path("pull")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject pull() {
        PullResult result = puller.pull();
        return Json.createObjectBuilder().add("fetched", result.fetched()).add("deleted", result.deleted()).build();
    }
}
