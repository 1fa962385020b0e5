package io.holcstore.example.api;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.example.stores.DemoStoreBean;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The series HTTP API of {@code DemoStore}: {@code /api/stores/demo/series}, {@code /api/stores/demo/series/many}. */
@Path("stores/demo")
public class DemoSeriesResource extends SeriesResource {
    @EJB
    private DemoStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
