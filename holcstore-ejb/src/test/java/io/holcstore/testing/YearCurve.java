package io.holcstore.testing;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.StoreZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A load-curve store with one attribute, {@code year}, in Europe/Paris (the reference's TestDataStoreWithAttribute).
 * Its column is renamed: YEAR is a keyword of H2.
 */
@Entity
@StoreZone("Europe/Paris")
public class YearCurve extends LoadCurve {
    @Column(name = "curve_year")
    private int year;
}
