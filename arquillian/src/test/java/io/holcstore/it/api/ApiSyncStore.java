package io.holcstore.it.api;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** The series API's sync store: as the example's DemoStore (monthly, hourly, Europe/Paris, sync), a table of its own. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class ApiSyncStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
