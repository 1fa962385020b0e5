package io.holcstore.it.api;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The EJB face of {@link ApiSyncStore}. */
@Stateless
public class ApiSyncStoreBean extends TimeseriesChunkStoreBean<ApiSyncStore> {
    public ApiSyncStoreBean() {
        super(ApiSyncStore.class);
    }
}
