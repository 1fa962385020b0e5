package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

@Stateless
public class ParisYearStoreBean extends TimeseriesChunkStoreBean<ParisYearStore> {
    public ParisYearStoreBean() {
        super(ParisYearStore.class);
    }
}
