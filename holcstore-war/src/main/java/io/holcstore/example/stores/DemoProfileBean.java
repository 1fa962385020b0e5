package io.holcstore.example.stores;

import io.holcstore.ejb.TimeseriesStoreBean;
import jakarta.ejb.Stateless;

/** The {@link DemoProfile} operations, one transaction each. */
@Stateless
public class DemoProfileBean extends TimeseriesStoreBean<DemoProfile> {
    public DemoProfileBean() {
        super(DemoProfile.class);
    }
}
