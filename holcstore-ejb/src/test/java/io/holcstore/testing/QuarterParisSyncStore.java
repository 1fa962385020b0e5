package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Test store with the settings of the reference's DST vectors: monthly chunks, 15 min, Europe/Paris, sync; keys version and kind. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "Europe/Paris", sync = true)
public class QuarterParisSyncStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
