package io.holcstore.it.api;

import io.holcstore.ejb.TimeseriesStoreBean;
import jakarta.ejb.Stateless;

/** The EJB face of {@link ApiProfileStore}. */
@Stateless
public class ApiProfileStoreBean extends TimeseriesStoreBean<ApiProfileStore> {
    public ApiProfileStoreBean() {
        super(ApiProfileStore.class);
    }
}
