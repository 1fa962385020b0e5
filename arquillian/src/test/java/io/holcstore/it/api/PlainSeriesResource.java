package io.holcstore.it.api;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** {@link ApiPlainStore}'s series API. */
@Path("stores/plain")
public class PlainSeriesResource extends SeriesResource {
    @EJB
    private ApiPlainStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
