package io.holcstore.it.sync;

import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/**
 * The sync server of the client store ({@code MonthParisSyncMirror}), as a client serving its own clients would have
 * one: the ITs read both stores' chunks the same way, over HTTP, to compare them.
 */
@Path(ClientStoreSyncResource.PATH)
public class ClientStoreSyncResource extends SyncResource {
    static final String PATH = "sync/client";

    @EJB
    private MonthParisSyncMirrorBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
