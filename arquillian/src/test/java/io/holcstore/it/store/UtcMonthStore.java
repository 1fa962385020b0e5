package io.holcstore.it.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store of {@code ChunkStoreIT}: monthly chunks, quarter-hourly grid, UTC, keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "UTC")
public class UtcMonthStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
