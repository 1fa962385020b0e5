package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.testing.MonthParisSyncStore;
import jakarta.ejb.Stateless;

/** The EJB face of the shared test store {@link MonthParisSyncStore}, as an application declares one. */
@Stateless
public class MonthParisSyncStoreBean extends TimeseriesChunkStoreBean<MonthParisSyncStore> {
    public MonthParisSyncStoreBean() {
        super(MonthParisSyncStore.class);
    }
}
