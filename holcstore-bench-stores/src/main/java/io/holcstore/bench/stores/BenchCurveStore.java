package io.holcstore.bench.stores;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.StoreZone;
import jakarta.persistence.Entity;

/**
 * The load-curve store of the {@code curve_store} workloads (a {@code LoadCurveStore}): one row per version of a
 * meter's curve, no attribute fields, as the reference's plain {@code Store}.
 */
@Entity
@StoreZone("Europe/Paris")
public class BenchCurveStore extends LoadCurve {
}
