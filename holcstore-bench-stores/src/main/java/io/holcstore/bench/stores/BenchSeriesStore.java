package io.holcstore.bench.stores;

import io.holcstore.mapping.StoreZone;
import io.holcstore.mapping.TimeseriesRecord;
import jakarta.persistence.Entity;

/**
 * The store of whole series of the {@code series_store} workloads (a {@code TimeseriesStore}): one row per series,
 * keyed as the chunk stores are, by {@code version} (the series number) and {@code kind}.
 */
@Entity
@StoreZone("Europe/Paris")
public class BenchSeriesStore extends TimeseriesRecord {
    private int version;
    private String kind;
}
