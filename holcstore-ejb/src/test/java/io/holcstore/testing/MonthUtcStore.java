package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store: monthly chunks, 15 minutes, UTC, keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "UTC")
public class MonthUtcStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
