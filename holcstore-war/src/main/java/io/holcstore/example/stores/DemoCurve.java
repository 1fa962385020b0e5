package io.holcstore.example.stores;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.StoreZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * The example's load-curve store: versioned curves of meters ({@code prm}) per client, each from a {@code source}
 * (e.g. {@code meter}, {@code estimate}), rendered in Europe/Paris; served at {@code /api/stores/curves}.
 */
@Entity
@StoreZone("Europe/Paris")
public class DemoCurve extends LoadCurve {
    /** Where the curve comes from; writes must give it, reads may filter on it. */
    @Column(name = "source", length = 32)
    private String source;
}
