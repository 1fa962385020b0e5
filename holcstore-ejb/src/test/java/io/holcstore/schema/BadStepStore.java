package io.holcstore.schema;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.store.ChunkStoreSettings;
import io.holcstore.store.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Invalid store: 7 minutes do not divide an hour (persistence unit holcstore-bad-step). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT7M", zone = "Europe/Paris")
public class BadStepStore extends TimeseriesChunk {
    private int version;
}
