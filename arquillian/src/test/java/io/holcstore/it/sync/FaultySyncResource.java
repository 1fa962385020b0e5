package io.holcstore.it.sync;

import io.holcstore.it.store.MonthParisSyncStoreBean;
import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/**
 * The server store's sync server once more, at a path of its own that {@link ScriptedFaultFilter} may answer in its
 * place with the statuses a test scripted (429, 503, 4xx...): unscripted requests get the real answers.
 */
@Path(FaultySyncResource.PATH)
public class FaultySyncResource extends SyncResource {
    static final String PATH = "sync/faulty";

    @EJB
    private MonthParisSyncStoreBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
