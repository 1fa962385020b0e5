package io.holcstore.bench.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import jakarta.persistence.Entity;

/** Yearly chunks, hourly: the store of year_light. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Europe/Paris")
public class BenchYearStore extends BenchKeyedChunk {
}
