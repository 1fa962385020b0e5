package io.holcstore.bench.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import jakarta.persistence.Entity;

/** Monthly chunks, every 15 minutes: the store of month_heavy and month_heavy_scaled. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "Europe/Paris")
public class BenchMonthStore extends BenchKeyedChunk {
}
