package io.holcstore.it.sync;

import io.holcstore.it.store.MonthParisSyncStoreBean;
import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The sync server of the server store ({@code MonthParisSyncStore}): what the pulls of the sync ITs read. */
@Path(ServerStoreSyncResource.PATH)
public class ServerStoreSyncResource extends SyncResource {
    static final String PATH = "sync/server";

    @EJB
    private MonthParisSyncStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
