package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** A second client of {@link MonthParisSyncStore}, pulled as the Python reference's client pulls: the same definition in a table of its own. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class MonthParisSyncReplica extends TimeseriesChunk {
    private int version;
    private String kind;
}
