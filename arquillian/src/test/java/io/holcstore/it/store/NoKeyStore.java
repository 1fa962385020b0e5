package io.holcstore.it.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store of {@code ChunkStoreIT}: no key field (a single series), monthly chunks, half-hourly grid, Europe/Paris. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT30M", zone = "Europe/Paris")
public class NoKeyStore extends TimeseriesChunk {
}
