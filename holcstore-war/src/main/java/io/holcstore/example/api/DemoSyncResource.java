package io.holcstore.example.api;

import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.example.stores.DemoStoreBean;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The sync server of {@code DemoStore}: {@code /api/sync/demo/updates/} and {@code /api/sync/demo/pack/}. */
@Path("sync/demo")
public class DemoSyncResource extends SyncResource {
    @EJB
    private DemoStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
