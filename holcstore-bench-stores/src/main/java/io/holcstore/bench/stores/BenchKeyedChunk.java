package io.holcstore.bench.stores;

import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.MappedSuperclass;

/** The key fields every benchmark store shares: {@code version} (the series number) and {@code kind}. */
@MappedSuperclass
public abstract class BenchKeyedChunk extends TimeseriesChunk {
    private int version;
    private String kind;
}
