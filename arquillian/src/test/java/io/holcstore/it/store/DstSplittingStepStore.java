package io.holcstore.it.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/**
 * Invalid store of {@link DeploymentRefusalIT}: two hours divide a day but not Europe/Paris's one-hour DST shifts, so
 * its chunks would not all start on one grid.
 */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT2H", zone = "Europe/Paris")
public class DstSplittingStepStore extends TimeseriesChunk {
    private int version;
}
