package io.holcstore.example.api;

import io.holcstore.example.stores.DemoCurveStoreBean;
import io.holcstore.rest.api.LoadCurveResource;
import io.holcstore.store.loadcurve.LoadCurveStore;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;

/** The HTTP API of {@code DemoCurve}: {@code /api/stores/curves/curves/{prm}}, {@code .../count}, {@code .../holes}, {@code .../groups}. */
@Path("stores/curves")
public class DemoCurveResource extends LoadCurveResource {
    @EJB
    private DemoCurveStoreBean store;

    @Override
    protected LoadCurveStore store() {
        return store;
    }
}
