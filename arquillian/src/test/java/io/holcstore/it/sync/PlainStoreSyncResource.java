package io.holcstore.it.sync;

import io.holcstore.it.api.ApiPlainStoreBean;
import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** A sync server wrongly bound to a store without sync: every request is refused (409). */
@Path("sync/plain")
public class PlainStoreSyncResource extends SyncResource {
    @EJB
    private ApiPlainStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
