package io.holcstore.it.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store of {@code ChunkStoreIT}: monthly chunks, hourly grid, Europe/Paris, sync on, keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class SyncMonthStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
