package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.testing.MonthUtcStore;
import jakarta.ejb.Stateless;

/** The EJB face of the shared test store {@link MonthUtcStore}, as an application declares one. */
@Stateless
public class MonthUtcStoreBean extends TimeseriesChunkStoreBean<MonthUtcStore> {
    public MonthUtcStoreBean() {
        super(MonthUtcStore.class);
    }
}
