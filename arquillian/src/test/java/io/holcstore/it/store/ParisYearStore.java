package io.holcstore.it.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store of {@code ChunkStoreIT}: yearly chunks, hourly grid, Europe/Paris (DST), keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Europe/Paris")
public class ParisYearStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
