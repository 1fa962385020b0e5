package io.holcstore.bench.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import jakarta.persistence.Entity;

/** Sync twin of {@link BenchMonthStore}: the replication target of the month workloads. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "Europe/Paris", sync = true)
public class BenchMonthTarget extends BenchKeyedChunk {
}
