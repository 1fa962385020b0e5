package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import jakarta.persistence.Entity;

/** Invalid store: a pull target without sync (persistence unit holcstore-bad-pull-target). */
@Entity
@PullTarget
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "UTC")
public class PullTargetWithoutSync extends TimeseriesChunk {
    private int version;
}
