package io.holcstore.bench.server;

import io.holcstore.rest.sync.server.SyncResource;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The sync server of {@link io.holcstore.bench.stores.BenchYearSource}. */
@Path("sync/benchyearsource")
public class YearSourceSyncResource extends SyncResource {
    @EJB
    private YearSourceBean store;

    @Override
    protected TimeseriesChunkStore store() {
        return store;
    }
}
