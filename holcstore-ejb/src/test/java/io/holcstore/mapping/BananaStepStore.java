package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Invalid store: its step is not a duration (persistence unit holcstore-bad-step-text). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "banana", zone = "UTC")
public class BananaStepStore extends TimeseriesChunk {
    private int version;
}
