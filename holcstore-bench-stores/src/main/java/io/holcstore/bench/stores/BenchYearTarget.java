package io.holcstore.bench.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import jakarta.persistence.Entity;

/** Sync twin of {@link BenchYearStore}: the replication target of year_light. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Europe/Paris", sync = true)
public class BenchYearTarget extends BenchKeyedChunk {
}
