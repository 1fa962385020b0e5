package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.testing.SingleSeriesStore;
import jakarta.ejb.Stateless;

/** The EJB face of the shared test store {@link SingleSeriesStore}, as an application declares one. */
@Stateless
public class SingleSeriesStoreBean extends TimeseriesChunkStoreBean<SingleSeriesStore> {
    public SingleSeriesStoreBean() {
        super(SingleSeriesStore.class);
    }
}
