package io.holcstore.it.loadcurve;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.StoreZone;
import jakarta.persistence.Entity;

/** The load-curve store of {@link LoadCurveApiIT}: one attribute, {@code source}; Europe/Paris. */
@Entity
@StoreZone("Europe/Paris")
public class ApiCurve extends LoadCurve {
    private String source;
}
