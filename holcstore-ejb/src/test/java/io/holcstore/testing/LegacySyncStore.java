package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/**
 * A sync store whose table outlives its persistence unit (holcstore-upgrade creates tables but never drops them): the
 * upgrade tests alter it between two deployments, as a table made by an earlier version.
 */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class LegacySyncStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
