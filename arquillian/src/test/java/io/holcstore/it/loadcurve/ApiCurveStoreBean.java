package io.holcstore.it.loadcurve;

import io.holcstore.ejb.LoadCurveStoreBean;
import jakarta.ejb.Stateless;

/** The EJB face of {@link ApiCurve}. */
@Stateless
public class ApiCurveStoreBean extends LoadCurveStoreBean<ApiCurve> {
    public ApiCurveStoreBean() {
        super(ApiCurve.class);
    }
}
