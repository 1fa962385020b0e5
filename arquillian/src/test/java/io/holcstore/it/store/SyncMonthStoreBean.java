package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

@Stateless
public class SyncMonthStoreBean extends TimeseriesChunkStoreBean<SyncMonthStore> {
    public SyncMonthStoreBean() {
        super(SyncMonthStore.class);
    }
}
