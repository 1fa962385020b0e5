package io.holcstore.it.api;

import io.holcstore.rest.api.TimeseriesResource;
import io.holcstore.store.TimeseriesStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** {@link ApiProfileStore}'s HTTP API. */
@Path("stores/profiles")
public class ProfileSeriesResource extends TimeseriesResource {
    @EJB
    private ApiProfileStoreBean store;

    @Override
    protected TimeseriesStore store() {
        return store;
    }
}
