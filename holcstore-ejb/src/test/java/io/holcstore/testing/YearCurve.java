package io.holcstore.testing;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.StoreZone;
import jakarta.persistence.Entity;

/** A load-curve store with one attribute, {@code year}, in Europe/Paris (the reference's TestDataStoreWithAttribute). */
@Entity
@StoreZone("Europe/Paris")
public class YearCurve extends LoadCurve {
    private int year;
}
