package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store: monthly chunks, hourly, Europe/Paris, sync enabled, keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class MonthParisSyncStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
