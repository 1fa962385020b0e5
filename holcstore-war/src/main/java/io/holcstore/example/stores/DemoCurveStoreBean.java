package io.holcstore.example.stores;

import io.holcstore.ejb.LoadCurveStoreBean;
import jakarta.ejb.Stateless;

/** The {@link DemoCurve} operations, one transaction each. */
@Stateless
public class DemoCurveStoreBean extends LoadCurveStoreBean<DemoCurve> {
    public DemoCurveStoreBean() {
        super(DemoCurve.class);
    }
}
