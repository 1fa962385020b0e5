package io.holcstore.it.api;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The EJB face of {@link ApiPlainStore}. */
@Stateless
public class ApiPlainStoreBean extends TimeseriesChunkStoreBean<ApiPlainStore> {
    public ApiPlainStoreBean() {
        super(ApiPlainStore.class);
    }
}
