package io.holcstore.example.stores;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The {@link DemoStore} operations, one transaction each. */
@Stateless
public class DemoStoreBean extends TimeseriesChunkStoreBean<DemoStore> {
    public DemoStoreBean() {
        super(DemoStore.class);
    }
}
