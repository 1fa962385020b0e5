package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Invalid store: no such time zone (persistence unit holcstore-bad-zone). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Mars/Olympus_Mons")
public class BadZoneStore extends TimeseriesChunk {
    private int version;
}
