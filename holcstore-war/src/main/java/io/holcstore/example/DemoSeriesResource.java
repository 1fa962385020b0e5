package io.holcstore.example;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The series HTTP API of {@link DemoStore}: {@code /api/stores/demo/series}, {@code /api/stores/demo/series/many}. */
@Path("stores/demo")
public class DemoSeriesResource extends SeriesResource {
    @EJB
    private DemoStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
