package io.holcstore.it.sync;

import io.holcstore.it.api.ApiSyncStoreBean;
import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The sync server of the series API's sync store, bound as an application binds one. */
@Path("sync/store")
public class SyncStoreSyncResource extends SyncResource {
    @EJB
    private ApiSyncStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
