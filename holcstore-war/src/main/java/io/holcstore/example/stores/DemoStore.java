package io.holcstore.example.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** The example's main store: hourly load curves keyed by version and kind, monthly chunks, served to sync clients. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class DemoStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
