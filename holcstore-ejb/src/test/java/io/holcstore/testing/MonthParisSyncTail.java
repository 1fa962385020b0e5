package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.PullTarget;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** The last store of a replication chain in tests: a pull target, fed by pulls of {@link MonthParisSyncReplica} only. */
@Entity
@PullTarget
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class MonthParisSyncTail extends TimeseriesChunk {
    private int version;
    private String kind;
}
