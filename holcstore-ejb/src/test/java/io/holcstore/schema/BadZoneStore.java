package io.holcstore.schema;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.store.ChunkStoreSettings;
import io.holcstore.store.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Invalid store: no such time zone (persistence unit holcstore-bad-zone). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Mars/Olympus_Mons")
public class BadZoneStore extends TimeseriesChunk {
    private int version;
}
