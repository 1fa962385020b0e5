package io.holcstore.example.api;

import io.holcstore.example.stores.DemoProfileBean;
import io.holcstore.rest.api.TimeseriesResource;
import io.holcstore.store.TimeseriesStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The HTTP API of {@code DemoProfile}: {@code /api/stores/profiles/series}, {@code .../series/many}, {@code .../count}. */
@Path("stores/profiles")
public class ProfilesResource extends TimeseriesResource {
    @EJB
    private DemoProfileBean store;

    @Override
    protected TimeseriesStore store() {
        return store;
    }
}
