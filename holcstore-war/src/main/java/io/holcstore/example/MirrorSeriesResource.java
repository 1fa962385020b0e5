package io.holcstore.example;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The series HTTP API of {@link DemoMirror}: {@code /api/stores/mirror/series}, {@code /api/stores/mirror/series/many}. */
@Path("stores/mirror")
public class MirrorSeriesResource extends SeriesResource {
    @EJB
    private DemoMirrorBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
