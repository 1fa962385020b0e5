package io.holcstore.it.api;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** {@link ApiSyncStore}'s series API, bound as an application binds one. */
@Path("stores/sync")
public class SyncSeriesResource extends SeriesResource {
    @EJB
    private ApiSyncStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
