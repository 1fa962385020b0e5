package io.holcstore.it.loadcurve;

import io.holcstore.rest.api.LoadCurveResource;
import io.holcstore.store.loadcurve.LoadCurveStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** {@link ApiCurve}'s HTTP API, bound as an application binds it. */
@Path("stores/curves")
public class ApiCurveResource extends LoadCurveResource {
    @EJB
    private ApiCurveStoreBean store;

    @Override
    protected LoadCurveStore store() {
        return store;
    }
}
