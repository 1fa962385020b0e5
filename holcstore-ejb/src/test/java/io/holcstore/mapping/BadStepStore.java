package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Invalid store: 7 minutes do not divide an hour (persistence unit holcstore-bad-step). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT7M", zone = "Europe/Paris")
public class BadStepStore extends TimeseriesChunk {
    private int version;
}
