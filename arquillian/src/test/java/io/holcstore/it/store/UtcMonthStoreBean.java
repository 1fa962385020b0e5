package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

@Stateless
public class UtcMonthStoreBean extends TimeseriesChunkStoreBean<UtcMonthStore> {
    public UtcMonthStoreBean() {
        super(UtcMonthStore.class);
    }
}
